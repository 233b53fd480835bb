import { bidi, field, h, replaceChildren } from '../dom.js';
import { t } from '../i18n.js';
import { rowsOf } from '../api.js';
import { endpoints } from '../endpoints.js';
import { can, currentPrincipal } from '../session.js';
import { pageTitle, section } from '../ui.js';

/** Rows may arrive as bare interchange records or wrapped with the server's id, like vacancies are. */
function candidateRow(row) {
  const candidate = row.record ?? row;
  const id = row.id;
  return h('tr', {},
    h('th', { scope: 'row' }, h('a', { href: `#/candidates/${encodeURIComponent(id)}` }, id)),
    h('td', {}, bidi(candidate.summary ?? '', candidate.lang)),
    h('td', {}, candidate.location?.comune ?? ''),
    h('td', {}, (candidate.languages ?? []).map((l) => `${l.lang} ${l.level}`).join(', ')),
    h('td', { className: 'actions' },
      h('a', { href: `#/candidates/${encodeURIComponent(id)}/matches` }, t('candidates.matches')), ' ',
      h('a', { href: `#/candidates/${encodeURIComponent(id)}/plan` }, t('candidates.plan'))));
}

function candidateTable(rows) {
  if (rows.length === 0) return h('p', { className: 'empty' }, t('candidates.none'));
  return h('div', { className: 'table-wrap' }, h('table', {},
    h('caption', { className: 'visually-hidden' }, t('candidates.title')),
    h('thead', {}, h('tr', {}, ['candidates.id', 'candidates.summary', 'candidates.comune', 'candidates.languages', 'candidates.actions']
      .map((key) => h('th', { scope: 'col' }, t(key))))),
    h('tbody', {}, rows.map(candidateRow))));
}

/** The server filters by province (and scope); the text box narrows the loaded page by code or summary. */
function matchesText(row, text) {
  const record = row.record ?? row;
  return !text || `${row.id} ${record.summary ?? ''}`.toLowerCase().includes(text);
}

export async function render(main) {
  const results = h('div', { id: 'candidate-results', 'aria-live': 'polite' });
  const search = h('input', { type: 'search', name: 'q' });
  const province = h('input', { name: 'province', maxlength: 2, pattern: '[A-Za-z]{2}', className: 'short' });
  const form = h('form', { role: 'search', className: 'toolbar' },
    field('candidate-q', t('candidates.search'), search),
    field('candidate-province', t('match.province'), province),
    h('button', { type: 'submit' }, t('action.search')),
    can('candidates:write') ? h('a', { className: 'button primary', href: '#/candidates/new' }, t('candidates.new')) : null);
  const load = () => section(results, 'feature.candidates', async () => {
    const rows = rowsOf(await endpoints.listCandidates({ province: province.value.trim(), limit: 100 }));
    return candidateTable(rows.filter((row) => matchesText(row, search.value.trim().toLowerCase())));
  });
  form.addEventListener('submit', (event) => { event.preventDefault(); void load(); });
  const centre = currentPrincipal()?.centreId;
  replaceChildren(main, pageTitle('candidates.title'),
    h('p', { className: 'scope-note' }, centre ? t('candidates.scopeCentre', { centre }) : t('candidates.scopeAll')),
    form, results);
  await load();
}
