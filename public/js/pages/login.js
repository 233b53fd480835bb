import { field, h, replaceChildren } from '../dom.js';
import { t } from '../i18n.js';
import { ApiError } from '../api.js';
import { homeRoute, signIn } from '../session.js';
import { pageTitle, status } from '../ui.js';

export async function render(main) {
  const message = h('div', { 'aria-live': 'polite' });
  const username = h('input', { type: 'email', name: 'username', autocomplete: 'username', required: true });
  const password = h('input', { type: 'password', name: 'password', autocomplete: 'current-password', required: true });
  const form = h('form', { className: 'card narrow', novalidate: true },
    field('login-username', t('login.username'), username),
    field('login-password', t('login.password'), password),
    message,
    h('button', { type: 'submit', className: 'primary' }, t('login.submit')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await signIn(username.value.trim(), password.value);
      location.hash = homeRoute();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const key = error.status === 429 ? 'login.tooMany' : 'login.failed';
      message.replaceChildren(status(t(key), 'error'));
      password.value = '';
      password.focus();
    }
  });
  replaceChildren(main, pageTitle('login.title'), h('p', {}, t('login.intro')), form);
}
