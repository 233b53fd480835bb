import { field, h } from '../dom.js';
import { t } from '../i18n.js';
import { rowsOf } from '../api.js';
import { endpoints } from '../endpoints.js';
import { createTaxonomyPicker, typingLanguages } from '../widgets/taxonomy-picker.js';
import { createLanguageLevels } from '../widgets/language-levels.js';
import { createComuneInput } from '../widgets/comune-input.js';

const recognitionStates = ['none', 'requested', 'recognised', 'not-needed'];
const authorisationStates = ['eu-citizen', 'permit', 'asylum-applicant', 'pending', 'none'];

const select = (name, values, selected, labelPrefix) =>
  h('select', { name }, h('option', { value: '' }, t('form.choose')),
    values.map((v) => h('option', { value: v.code ?? v, selected: (v.code ?? v) === selected }, labelPrefix ? t(`${labelPrefix}.${v}`) : v.label)));

async function permitReasonOptions() {
  try {
    return rowsOf(await endpoints.permitReasons()).filter((r) => r.active !== false).map((r) => ({ code: r.code, label: `${r.code} · ${r.description}` }));
  } catch {
    return []; // without the reference table the field stays a plain choice of "none"; the status above still records the essentials
  }
}

/** The candidate profile form; `read()` returns an interchange Candidate record with empty fields left out. */
export async function createCandidateForm(candidate = {}) {
  const qualification = candidate.qualifications?.[0] ?? {};
  const work = candidate.workAuthorisation ?? {};
  const experience = candidate.experiences?.[0] ?? {};
  const occupation = createTaxonomyPicker({ kind: 'occupations', id: 'occupation-picker', legendKey: 'candidate.occupation', multiple: false,
    initial: experience.occupation ? [{ uri: experience.occupation, label: experience.title }] : [] });
  const skills = createTaxonomyPicker({ kind: 'skills', id: 'skill-picker', legendKey: 'candidate.skills',
    initial: (candidate.skills ?? []).map((s) => ({ uri: s.uri, label: s.label, labels: s.labels })) });
  const languages = await createLanguageLevels({ id: 'languages', initial: candidate.languages ?? [{ lang: 'it', level: 'A2' }] });
  const comune = createComuneInput({ name: 'comune', value: candidate.location?.comune ?? '' });
  const inputs = {
    id: h('input', { name: 'id', required: true, value: candidate.id ?? '', readonly: candidate.id ? true : undefined, autocomplete: 'off' }),
    summary: h('textarea', { name: 'summary', rows: 4, dir: 'auto' }, candidate.summary ?? ''),
    lang: h('select', { name: 'lang' }, typingLanguages.map((l) => h('option', { value: l, selected: l === (candidate.lang ?? 'it') }, t(`lang.${l}`)))),
    years: h('input', { name: 'years', type: 'number', min: 0, max: 60, step: 0.5, value: experience.years ?? '' }),
    comune: comune.input,
    mobilityKm: h('input', { name: 'mobilityKm', type: 'number', min: 0, max: 500, value: candidate.mobilityKm ?? '' }),
    qualificationTitle: h('input', { name: 'qualificationTitle', dir: 'auto', value: qualification.title ?? '' }),
    qualificationCountry: h('input', { name: 'qualificationCountry', maxlength: 2, value: qualification.country ?? '', pattern: '[A-Za-z]{2}' }),
    eqfLevel: h('input', { name: 'eqfLevel', type: 'number', min: 1, max: 8, value: qualification.eqfLevel ?? '' }),
    recognition: select('recognition', recognitionStates, qualification.recognition, 'recognition'),
    workStatus: select('workStatus', authorisationStates, work.status, 'authorisation'),
    permitReason: select('permitReason', await permitReasonOptions(), work.permitReason),
    validUntil: h('input', { name: 'validUntil', type: 'date', value: work.validUntil ?? '' }),
    availableFrom: h('input', { name: 'availableFrom', type: 'date', value: candidate.availableFrom ?? '' }),
  };
  const element = h('div', { className: 'form-grid' },
    h('fieldset', {}, h('legend', {}, t('candidate.about')),
      field('candidate-id', t('candidate.id'), inputs.id, t('candidate.idHint')),
      field('candidate-summary', t('candidate.summary'), inputs.summary, t('candidate.summaryHint')),
      field('candidate-lang', t('candidate.summaryLang'), inputs.lang),
      field('candidate-comune', t('candidate.comune'), inputs.comune), comune.options,
      field('candidate-mobility', t('candidate.mobilityKm'), inputs.mobilityKm),
      field('candidate-available', t('candidate.availableFrom'), inputs.availableFrom)),
    h('div', {}, occupation.element, field('candidate-years', t('candidate.years'), inputs.years)),
    skills.element,
    languages.element,
    h('fieldset', {}, h('legend', {}, t('candidate.qualification')),
      field('qualification-title', t('candidate.qualificationTitle'), inputs.qualificationTitle),
      field('qualification-country', t('candidate.qualificationCountry'), inputs.qualificationCountry, t('candidate.countryHint')),
      field('qualification-eqf', t('candidate.eqfLevel'), inputs.eqfLevel),
      field('qualification-recognition', t('candidate.recognition'), inputs.recognition)),
    h('fieldset', {}, h('legend', {}, t('candidate.workAuthorisation')),
      field('work-status', t('candidate.workStatus'), inputs.workStatus),
      field('work-permit-reason', t('candidate.permitReason'), inputs.permitReason),
      field('work-valid-until', t('candidate.validUntil'), inputs.validUntil)));
  return { element, read: () => toRecord(inputs, { occupation, skills, languages }) };
}

const text = (input) => input.value.trim() || undefined;
const num = (input) => (input.value === '' ? undefined : Number(input.value));
const compact = (object) => {
  const entries = Object.entries(object).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0));
  return entries.length ? Object.fromEntries(entries) : undefined;
};

function toRecord(inputs, pickers) {
  const occupation = pickers.occupation.value()[0];
  return compact({
    id: text(inputs.id), summary: text(inputs.summary), lang: inputs.lang.value,
    skills: pickers.skills.value().map((s) => ({ uri: s.uri, evidence: 'self-declared' })),
    experiences: occupation ? [compact({ title: occupation.label, occupation: occupation.uri, years: num(inputs.years) })] : undefined,
    qualifications: text(inputs.qualificationTitle) ? [compact({ title: text(inputs.qualificationTitle), country: text(inputs.qualificationCountry)?.toUpperCase(),
      eqfLevel: num(inputs.eqfLevel), recognition: text(inputs.recognition) })] : undefined,
    languages: pickers.languages.value(),
    location: compact({ comune: text(inputs.comune) }),
    mobilityKm: num(inputs.mobilityKm),
    workAuthorisation: compact({ status: text(inputs.workStatus), permitReason: text(inputs.permitReason), validUntil: text(inputs.validUntil) }),
    availableFrom: text(inputs.availableFrom),
  });
}
