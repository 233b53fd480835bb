import { field, h, replaceChildren } from '../dom.js';
import { t } from '../i18n.js';
import { ApiError, NotAvailableError } from '../api.js';
import { endpoints } from '../endpoints.js';
import { can, currentPrincipal } from '../session.js';
import { errorNotice, notAvailable, pageTitle, status } from '../ui.js';
import { createVacancyForm } from './vacancy-form.js';

// draft → open → filled | closed | expired, as the vacancy service allows (src/modules/vacancies/vacancy-status.ts).
const vacancyStates = ['draft', 'open', 'filled', 'closed', 'expired'];
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
  if (failure) return replaceChildren(main, title, shown(failure, 'feature.vacancies'));
  const form = await createVacancyForm(vacancy.record ?? vacancy, currentPrincipal()?.employerId);
  const message = h('div', { 'aria-live': 'polite', id: 'save-message' });
  const formEl = h('form', { className: 'card', novalidate: true }, form.element, message,
    can('vacancies:write') ? h('button', { type: 'submit', className: 'primary' }, t('vacancy.publish')) : null);
  formEl.addEventListener('submit', (event) => {
    event.preventDefault();
    const record = form.read();
    if (!record?.id || !record.title) return message.replaceChildren(status(t('vacancy.required'), 'error'));
    void attempt(() => (id ? endpoints.updateVacancy(id, record) : endpoints.createVacancy(record)), message, 'feature.vacancySave', (saved) => {
      const savedId = saved?.id ?? record.id;
      message.replaceChildren(status(t('vacancy.saved')), h('p', { className: 'page-links' },
        h('a', { href: `#/vacancies/${encodeURIComponent(savedId)}` }, t('vacancy.open')), ' · ',
        h('a', { href: `#/vacancies/${encodeURIComponent(savedId)}/shortlist`, id: 'saved-shortlist' }, t('vacancy.shortlist'))));
    });
  });
  replaceChildren(main, title,
    id ? h('p', { className: 'page-links' }, h('a', { href: `#/vacancies/${encodeURIComponent(id)}/shortlist` }, t('vacancy.shortlist'))) : null,
    id && can('vacancies:write') ? statusForm(vacancy) : null, formEl);
}
