import { h, replaceChildren } from '../dom.js';
import { t } from '../i18n.js';
import { ApiError, NotAvailableError } from '../api.js';
import { endpoints } from '../endpoints.js';
import { can } from '../session.js';
import { errorNotice, notAvailable, pageTitle, status } from '../ui.js';
import { createCandidateForm } from './candidate-form.js';

async function loadCandidate(id) {
  if (!id) return { candidate: {} };
  try {
    const found = await endpoints.getCandidate(id);
    return { candidate: found.record ?? found };
  } catch (error) {
    if (error instanceof ApiError) return { failure: error };
    throw error;
  }
}

function links(id) {
  return h('p', { className: 'page-links' },
    h('a', { href: `#/candidates/${encodeURIComponent(id)}/matches` }, t('candidates.matches')), ' · ',
    h('a', { href: `#/candidates/${encodeURIComponent(id)}/plan` }, t('candidates.plan')));
}

export async function render(main, { params }) {
  const id = params.id;
  const { candidate, failure } = await loadCandidate(id);
  const title = pageTitle(id ? 'candidate.editTitle' : 'candidate.newTitle', { id });
  if (failure) {
    return replaceChildren(main, title, failure instanceof NotAvailableError ? notAvailable('feature.candidates') : errorNotice(failure));
  }
  const form = await createCandidateForm(candidate);
  const message = h('div', { 'aria-live': 'polite', id: 'save-message' });
  const formEl = h('form', { className: 'card', novalidate: true }, form.element, message,
    can('candidates:write') ? h('button', { type: 'submit', className: 'primary' }, t('action.save')) : null);
  formEl.addEventListener('submit', async (event) => {
    event.preventDefault();
    const record = form.read();
    if (!record?.id) return message.replaceChildren(status(t('candidate.idRequired'), 'error'));
    try {
      const saved = id ? await endpoints.updateCandidate(id, record) : await endpoints.createCandidate(record);
      const savedId = saved?.id ?? record.id;
      message.replaceChildren(status(t('candidate.saved')), links(savedId));
      if (!id) history.replaceState(null, '', `#/candidates/${encodeURIComponent(savedId)}`);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      message.replaceChildren(error instanceof NotAvailableError ? notAvailable('feature.candidateSave') : errorNotice(error));
    }
  });
  replaceChildren(main, title, id ? links(id) : null, formEl);
}
