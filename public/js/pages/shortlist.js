import { h, replaceChildren } from '../dom.js';
import { language, t } from '../i18n.js';
import { rowsOf } from '../api.js';
import { endpoints } from '../endpoints.js';
import { pageTitle, section } from '../ui.js';
import { matchCard } from '../widgets/match-card.js';

/**
 * The employer's shortlist. The server decides what identifies a candidate: until the candidate consents
 * it sends a pseudonym, and this page shows exactly that, never anything looked up elsewhere.
 */
function shortlistCard(match, index) {
  const name = match.candidate?.displayName ?? match.candidateLabel ?? match.pseudonym ?? t('shortlist.pseudonym', { n: index + 1 });
  const consented = match.candidate?.consented === true || match.consented === true;
  return h('div', { className: 'shortlist-entry' },
    h('p', { className: 'candidate-ref' }, h('strong', {}, name), ' · ', consented ? t('shortlist.consented') : t('shortlist.pseudonymous')),
    matchCard({ ...match, title: name }));
}

export async function render(main, { params }) {
  const list = h('div', { id: 'shortlist' });
  replaceChildren(main, pageTitle('shortlist.title', { id: params.id }), h('p', {}, t('shortlist.intro')),
    h('p', { className: 'page-links' }, h('a', { href: `#/vacancies/${encodeURIComponent(params.id)}` }, t('shortlist.back'))), list);
  await section(list, 'feature.shortlist', async () => {
    const rows = rowsOf(await endpoints.vacancyShortlist(params.id, language()));
    return rows.length ? rows.map(shortlistCard) : h('p', { className: 'empty' }, t('shortlist.none'));
  });
}
