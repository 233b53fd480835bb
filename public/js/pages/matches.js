import { field, h, replaceChildren } from '../dom.js';
import { language, t } from '../i18n.js';
import { ApiError, NotAvailableError, rowsOf } from '../api.js';
import { endpoints } from '../endpoints.js';
import { can } from '../session.js';
import { errorNotice, notAvailable, pageTitle, section, status } from '../ui.js';
import { matchCard } from '../widgets/match-card.js';

const decisionStates = ['proposed', 'contacted', 'interview', 'hired', 'rejected', 'declined'];

function decisionForm(candidateId, vacancyId) {
  const base = `decision-${vacancyId.replace(/[^\w-]/g, '_')}`;
  const state = h('select', { name: 'status' }, decisionStates.map((s) => h('option', { value: s }, t(`decision.${s}`))));
  const reason = h('input', { name: 'reason', dir: 'auto', maxlength: 500 });
  const message = h('div', { 'aria-live': 'polite' });
  const form = h('form', { className: 'decision-form' },
    h('h4', {}, t('decision.title')),
    field(`${base}-status`, t('decision.status'), state),
    field(`${base}-reason`, t('decision.reason'), reason),
    h('button', { type: 'submit' }, t('decision.record')), message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (['rejected', 'declined'].includes(state.value) && !reason.value.trim()) {
      message.replaceChildren(status(t('decision.reasonNeeded'), 'error'));
      return reason.focus();
    }
    try {
      await endpoints.recordDecision(candidateId, vacancyId, reason.value.trim() ? { status: state.value, reason: reason.value.trim() } : { status: state.value });
      message.replaceChildren(status(t('decision.saved', { status: t(`decision.${state.value}`) })));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      message.replaceChildren(error instanceof NotAvailableError ? notAvailable('feature.decisions') : errorNotice(error));
    }
  });
  return form;
}

/** Match rows carry the vacancy id only; the title makes the list readable. */
async function vacancyTitle(vacancyId) {
  try {
    const vacancy = await endpoints.getVacancy(vacancyId);
    return (vacancy.record ?? vacancy).title;
  } catch (error) {
    if (error instanceof ApiError) return undefined; // the card falls back to the vacancy id
    throw error;
  }
}

export async function render(main, { params }) {
  const id = params.id;
  const list = h('div', { id: 'match-list' });
  const province = h('input', { name: 'province', maxlength: 3, size: 4 });
  const showAll = h('input', { type: 'checkbox', id: 'match-all', name: 'all' });
  const filters = h('form', { className: 'toolbar' }, field('match-province', t('match.province'), province, t('match.provinceHint')),
    h('div', { className: 'check' }, showAll, h('label', { for: 'match-all' }, t('match.showIneligible'))),
    h('button', { type: 'submit' }, t('action.refresh')));
  const load = () => section(list, 'feature.matches', async () => {
    const rows = rowsOf(await endpoints.candidateMatches(id, { top: 20, lang: language(), province: province.value.trim(), explain: showAll.checked ? 'all' : undefined }));
    if (!rows.length) return h('p', { className: 'empty' }, t('match.none'));
    const titles = await Promise.all(rows.map((m) => vacancyTitle(m.vacancyId)));
    return rows.map((m, i) => matchCard({ ...m, title: titles[i] }, can('decisions:write') ? decisionForm(id, m.vacancyId) : null));
  });
  filters.addEventListener('submit', (event) => { event.preventDefault(); void load(); });
  replaceChildren(main, pageTitle('match.title', { id }),
    h('p', { className: 'page-links' }, h('a', { href: `#/candidates/${encodeURIComponent(id)}` }, t('match.backToProfile')), ' · ',
      h('a', { href: `#/candidates/${encodeURIComponent(id)}/plan` }, t('candidates.plan'))),
    h('p', {}, t('match.intro')), filters, list);
  await load();
}
