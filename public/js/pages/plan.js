import { bidi, h, replaceChildren } from '../dom.js';
import { formatDate, language, tIn } from '../i18n.js';
import { ApiError, NotAvailableError } from '../api.js';
import { endpoints } from '../endpoints.js';
import { errorNotice, notAvailable, pageTitle, button } from '../ui.js';
import { displayLabel } from '../widgets/taxonomy-picker.js';

async function attempt(load) {
  try {
    return { value: await load() };
  } catch (error) {
    if (error instanceof ApiError) return { error };
    throw error;
  }
}

const labelIn = (lang, item) => displayLabel(item, lang);
const failure = (error, key) => (error instanceof NotAvailableError ? notAvailable(key) : errorNotice(error));

function profileSection(lang, c) {
  const t = (key, vars) => tIn(lang, key, vars);
  const row = (key, value) => (value && !(Array.isArray(value) && value.length === 0) ? [h('dt', {}, t(key)), h('dd', {}, value)] : []);
  const qualification = c.qualifications?.[0];
  return h('section', { className: 'plan-section' }, h('h2', {}, t('plan.profile')), h('dl', {},
    row('candidate.id', c.id),
    row('candidate.summary', c.summary ? bidi(c.summary, c.lang) : undefined),
    row('candidate.occupation', (c.experiences ?? []).map((e) => bidi(e.title ?? e.occupation)).flatMap((n, i) => (i ? [', ', n] : [n]))),
    row('candidate.skills', (c.skills ?? []).length ? h('ul', {}, c.skills.map((s) => h('li', {}, bidi(labelIn(lang, s))))) : undefined),
    row('cefr.legend', (c.languages ?? []).map((l) => `${t(`lang.${l.lang}`)} ${l.level}`).join(', ')),
    row('candidate.qualification', qualification ? `${qualification.title}${qualification.recognition ? ` (${t(`recognition.${qualification.recognition}`)})` : ''}` : undefined),
    row('candidate.workStatus', c.workAuthorisation?.status ? t(`authorisation.${c.workAuthorisation.status}`) : undefined),
    row('candidate.validUntil', formatDate(c.workAuthorisation?.validUntil))));
}

const courseLine = (t, course) => [bidi(course.title ?? course.id), course.provider ? ` · ${course.provider}` : '',
  course.hours ? ` · ${course.hours} h` : '', course.startDate ? ` · ${t('plan.from', { date: formatDate(course.startDate) })}` : ''];

/** Training plans, other steps and near misses as GET /candidates/:id/recommendations?lang= sends them. */
function planSection(lang, r) {
  const t = (key, vars) => tIn(lang, key, vars);
  const plans = r.trainingPlans ?? [];
  const steps = r.otherSteps ?? [];
  const nearMisses = r.nearMisses ?? [];
  return h('section', { className: 'plan-section' }, h('h2', {}, t('plan.training')),
    plans.length ? h('ol', { className: 'plans' }, plans.map((p) => h('li', {},
      h('h3', {}, bidi(labelIn(lang, p.occupation ?? {}))),
      h('p', { className: 'gain' }, t('plan.gain', { gain: p.expectedGain ?? 0 })),
      p.explanation ? h('p', {}, p.explanation) : null,
      h('p', {}, t('plan.gap')), h('ul', {}, (p.skillGap ?? []).map((s) => h('li', {}, bidi(labelIn(lang, s))))),
      h('p', {}, t('plan.courses')), h('ul', {}, (p.courses ?? []).map((course) => h('li', {}, courseLine(t, course)))))))
      : h('p', {}, t('plan.noPlans')),
    steps.length ? [h('h2', {}, t('plan.otherSteps')), h('ul', {}, steps.map((step) => h('li', {}, step.explanation,
      step.expectedGain ? ` (${t('plan.gain', { gain: step.expectedGain })})` : '')))] : null,
    h('h2', {}, t('plan.nearMisses')),
    nearMisses.length ? h('ul', {}, nearMisses.map((m) => h('li', {}, `${Math.round(m.score)} / 100 · `,
      m.explanation ?? t('plan.missingCount', { count: (m.missingEssentialSkills ?? []).length })))) : h('p', {}, t('plan.noNearMisses')));
}

function column(lang, candidate, recommendations) {
  // The server writes its explanations in Italian or English only; another interface language would fall back to Italian.
  return h('div', { className: 'plan-column', lang, dir: 'ltr' },
    h('p', { className: 'column-lang' }, tIn(lang, `lang.${lang}`)),
    profileSection(lang, candidate),
    recommendations.value ? planSection(lang, recommendations.value) : failure(recommendations.error, 'feature.recommendations'));
}

/** Printable profile and plan: Italian always, and the interface language beside it when that differs. */
export async function render(main, { params }) {
  const candidate = await attempt(async () => {
    const found = await endpoints.getCandidate(params.id);
    return found.record ?? found;
  });
  const title = pageTitle('plan.title', { id: params.id });
  if (candidate.error) return replaceChildren(main, title, failure(candidate.error, 'feature.candidates'));
  const languages = language() === 'it' ? ['it'] : ['it', language()];
  const recommendations = await Promise.all(languages.map((lang) => attempt(() => endpoints.recommendations(params.id, lang))));
  replaceChildren(main, title,
    h('p', { className: 'no-print' }, button('plan.print', () => window.print())),
    h('div', { className: `plan-columns columns-${languages.length}` }, languages.map((lang, i) => column(lang, candidate.value, recommendations[i]))),
    h('p', { className: 'print-footer' }, tIn('it', 'plan.printedOn', { date: formatDate(new Date()) })));
}
