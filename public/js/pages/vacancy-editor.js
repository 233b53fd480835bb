import { field, h } from '../dom.js';
import { t } from '../i18n.js';
import { ApiError, NotAvailableError } from '../api.js';
import { endpoints } from '../endpoints.js';
import { can } from '../session.js';
import { errorNotice, notAvailable, pageTitle, status } from '../ui.js';
import { createVacancyForm } from './vacancy-form.js';

const vacancyStates = ['open', 'paused', 'filled', 'closed'];
const shown = (error, key) => (error instanceof NotAvailableError ? notAvailable(key) : errorNotice(error));

async function attempt(action, message, key, onDone) {
  try {
    const result = await action();
    onDone(result);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    message.replaceChildren(shown(error, key));
  }
}

function statusForm(vacancy) {
  const state = h('select', { name: 'status' }, vacancyStates.map((s) => h('option', { value: s, selected: s === (vacancy.status ?? 'open') }, t(`vacancyStatus.${s}`))));
  const message = h('div', { 'aria-live': 'polite' });
  const form = h('form', { className: 'card toolbar', id: 'vacancy-status' }, field('vacancy-status-select', t('vacancy.status'), state),
    h('button', { type: 'submit' }, t('vacancy.changeStatus')), message);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void attempt(() => endpoints.setVacancyStatus(vacancy.id, state.value), message, 'feature.vacancyStatus',
      () => message.replaceChildren(status(t('vacancy.statusSaved', { status: t(`vacancyStatus.${state.value}`) }))));
  });
  return form;
}

async function loadVacancy(id) {
  if (!id) return {};
  try {
    return { vacancy: await endpoints.getVacancy(id) };
  } catch (error) {
    if (error instanceof ApiError) return { failure: error };
    throw error;
  }
}

export async function render(main, { params }) {
  const id = params.id;
  const title = pageTitle(id ? 'vacancy.editTitle' : 'vacancy.newTitle', { id });
  const { vacancy = {}, failure } = await loadVacancy(id);
  if (failure) return main.replaceChildren(title, shown(failure, 'feature.vacancies'));
  const form = await createVacancyForm(vacancy);
  const message = h('div', { 'aria-live': 'polite', id: 'save-message' });
  const formEl = h('form', { className: 'card', novalidate: true }, form.element, message,
    can('vacancies:write') ? h('button', { type: 'submit', className: 'primary' }, t('vacancy.publish')) : null);
  formEl.addEventListener('submit', (event) => {
    event.preventDefault();
    const record = form.read();
    if (!record?.id || !record.title) return message.replaceChildren(status(t('vacancy.required'), 'error'));
    void attempt(() => (id ? endpoints.updateVacancy(id, record) : endpoints.createVacancy(record)), message, 'feature.vacancySave', (saved) => {
      const savedId = saved?.id ?? record.id;
      message.replaceChildren(status(t('vacancy.saved')),
        h('a', { href: `#/vacancies/${encodeURIComponent(savedId)}/shortlist` }, t('vacancy.shortlist')));
    });
  });
  main.replaceChildren(title,
    id ? h('p', { className: 'page-links' }, h('a', { href: `#/vacancies/${encodeURIComponent(id)}/shortlist` }, t('vacancy.shortlist'))) : null,
    id && can('vacancies:write') ? statusForm(vacancy) : null, formEl);
}
