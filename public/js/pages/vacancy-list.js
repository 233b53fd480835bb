import { bidi, h, replaceChildren } from '../dom.js';
import { formatDate, t } from '../i18n.js';
import { rowsOf } from '../api.js';
import { endpoints } from '../endpoints.js';
import { can, hasRole } from '../session.js';
import { pageTitle, section } from '../ui.js';

/** The API wraps the interchange record with the server's id, status and resolved place. */
function vacancyRow(v) {
  const id = encodeURIComponent(v.id);
  const record = v.record ?? v;
  return h('tr', {},
    h('th', { scope: 'row' }, h('a', { href: `#/vacancies/${id}` }, bidi(record.title ?? v.id))),
    h('td', {}, v.location?.comune ?? record.location?.comune ?? ''),
    h('td', {}, t(`vacancyStatus.${v.status ?? 'open'}`)),
    h('td', {}, formatDate(record.validThrough)),
    h('td', {}, can('shortlists:read') ? h('a', { href: `#/vacancies/${id}/shortlist` }, t('vacancy.shortlist')) : ''));
}

function vacancyTable(rows) {
  if (!rows.length) return h('p', { className: 'empty' }, t('vacancy.none'));
  return h('div', { className: 'table-wrap' }, h('table', {},
    h('caption', { className: 'visually-hidden' }, t('vacancy.listTitle')),
    h('thead', {}, h('tr', {}, ['vacancy.titleField', 'candidate.comune', 'vacancy.status', 'vacancy.validThrough', 'candidates.actions']
      .map((key) => h('th', { scope: 'col' }, t(key))))),
    h('tbody', {}, rows.map(vacancyRow))));
}

export async function render(main) {
  const results = h('div', { id: 'vacancy-results' });
  replaceChildren(main, pageTitle('vacancy.listTitle'),
    h('p', { className: 'scope-note' }, hasRole('employer') ? t('vacancy.scopeEmployer') : t('vacancy.scopeAll')),
    can('vacancies:write') ? h('p', {}, h('a', { className: 'button primary', href: '#/vacancies/new' }, t('vacancy.new'))) : null,
    results);
  await section(results, 'feature.vacancies', async () => vacancyTable(rowsOf(await endpoints.listVacancies({}))));
}
