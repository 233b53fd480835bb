import { h, replaceChildren } from './dom.js';
import { NotAvailableError } from './api.js';
import { t } from './i18n.js';

/** The state a page shows when the server has no route for a feature yet: plain words, no invented data. */
export function notAvailable(featureKey) {
  return h('div', { className: 'notice notice-unavailable', role: 'status', dataset: { state: 'not-available' } },
    h('strong', {}, t('state.notAvailable.title')), ' ', t('state.notAvailable.body', { feature: t(featureKey) }));
}

/** The server's message plus its per-field issues (zod paths), so staff can see which box to fix. */
export function errorNotice(error) {
  const issues = Array.isArray(error?.details?.issues) ? error.details.issues : [];
  return h('div', { className: 'notice notice-error', role: 'alert' }, t('state.error'), ' ', error?.message ?? '',
    issues.length ? h('ul', {}, issues.map((i) => h('li', {}, [i.path, i.message].filter(Boolean).join(': ')))) : null);
}

/** Runs one part of a page; a missing route or an error is shown in place and the rest of the page stays usable. */
export async function section(container, featureKey, load) {
  try {
    container.replaceChildren(h('p', { className: 'loading' }, t('state.loading')));
    const content = await load();
    replaceChildren(container, content);
  } catch (error) {
    container.replaceChildren(error instanceof NotAvailableError ? notAvailable(featureKey) : errorNotice(error));
    if (!(error instanceof NotAvailableError) && error?.status === undefined) throw error;
  }
}

export function pageTitle(key, vars) {
  document.title = `${t(key, vars)} · PRIMA Match`;
  return h('h1', { tabindex: '-1', id: 'page-title' }, t(key, vars));
}

export function status(message, kind = 'ok') {
  return h('div', { className: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, message);
}

export function button(labelKey, onclick, attrs = {}) {
  return h('button', { type: 'button', onclick, ...attrs }, t(labelKey));
}
