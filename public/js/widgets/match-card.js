import { bidi, h } from '../dom.js';
import { formatNumber, language, t } from '../i18n.js';

const skillList = (className, titleKey, skills) => h('div', { className },
  h('h4', {}, t(titleKey, { count: skills.length })),
  skills.length ? h('ul', {}, skills.map((s) => h('li', {}, bidi(s.label ?? s.uri), s.essential ? h('span', { className: 'tag' }, t('match.essential')) : null)))
    : h('p', { className: 'empty' }, t('match.noneListed')));

function languageGaps(gaps = []) {
  const open = gaps.filter((g) => g.gap > 0);
  if (!open.length) return h('p', {}, t('match.languageOk'));
  return h('ul', {}, open.map((g) => h('li', {}, t('match.languageGap', { lang: t(`lang.${g.lang}`), required: g.required, candidate: g.candidate || '—' }))));
}

/** The candidate reading of one match: score, reasons in the interface language, skills, language gap, distance. */
export function matchCard(match, actions) {
  const reasons = match.reasons?.[language()] ?? match.reasons?.it ?? [];
  const title = match.vacancy?.title ?? match.title ?? match.vacancyId;
  return h('article', { className: 'match-card', dataset: { vacancyId: match.vacancyId } },
    h('header', {},
      h('h3', {}, bidi(title)),
      h('p', { className: 'score', 'aria-label': t('match.scoreLabel', { score: Math.round(match.score) }) },
        h('span', { className: 'score-value' }, String(Math.round(match.score))), ' / 100')),
    match.eligible === false ? h('p', { className: 'notice notice-warn' }, t('match.ineligible'), ' ', (match.ineligibleReasons ?? []).map((r) => t(`ineligible.${r}`)).join(', ')) : null,
    reasons.length ? h('ul', { className: 'reasons' }, reasons.map((r) => h('li', {}, r))) : null,
    h('div', { className: 'match-grid' },
      skillList('matched', 'match.matched', match.matchedSkills ?? []),
      skillList('missing', 'match.missing', match.missingSkills ?? []),
      h('div', {}, h('h4', {}, t('match.languages')), languageGaps(match.languageGaps)),
      h('div', {}, h('h4', {}, t('match.distance')),
        h('p', {}, match.distanceKm === null || match.distanceKm === undefined ? t('match.distanceUnknown') : t('match.distanceKm', { km: formatNumber(match.distanceKm, { maximumFractionDigits: 0 }) })))),
    actions ?? null);
}
