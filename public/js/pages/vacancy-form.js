import { field, h } from '../dom.js';
import { t } from '../i18n.js';
import { createTaxonomyPicker, typingLanguages } from '../widgets/taxonomy-picker.js';
import { createLanguageLevels } from '../widgets/language-levels.js';
import { createComuneInput } from '../widgets/comune-input.js';
import { createSkillSuggestions } from '../widgets/skill-suggestions.js';

const contractTypes = ['permanent', 'fixed-term', 'seasonal', 'apprenticeship', 'internship', 'temporary-agency', 'other'];

/**
 * The vacancy form; `read()` returns an interchange Vacancy record with empty fields left out. An
 * employer publishes only for their own company, so their employer id goes into the record.
 */
export async function createVacancyForm(vacancy = {}, ownEmployerId) {
  const comune = createComuneInput({ name: 'comune', value: vacancy.location?.comune ?? '' });
  const inputs = {
    id: h('input', { name: 'id', required: true, value: vacancy.id ?? '', readonly: vacancy.id ? true : undefined, autocomplete: 'off' }),
    title: h('input', { name: 'title', required: true, dir: 'auto', value: vacancy.title ?? '' }),
    description: h('textarea', { name: 'description', rows: 6, dir: 'auto' }, vacancy.description ?? ''),
    lang: h('select', { name: 'lang' }, typingLanguages.map((l) => h('option', { value: l, selected: l === (vacancy.lang ?? 'it') }, t(`lang.${l}`)))),
    comune: comune.input,
    contract: h('select', { name: 'contract' }, h('option', { value: '' }, t('form.choose')),
      contractTypes.map((c) => h('option', { value: c, selected: c === vacancy.contract?.type }, t(`contract.${c}`)))),
    hours: h('input', { name: 'hours', type: 'number', min: 1, max: 60, value: vacancy.contract?.hoursPerWeek ?? '' }),
    validThrough: h('input', { name: 'validThrough', type: 'date', value: vacancy.validThrough ?? '' }),
  };
  const occupation = createTaxonomyPicker({ kind: 'occupations', id: 'vacancy-occupation', legendKey: 'vacancy.occupation', multiple: false,
    initial: vacancy.occupation ? [{ uri: vacancy.occupation }] : [] });
  const skills = createTaxonomyPicker({ kind: 'skills', id: 'vacancy-skills', legendKey: 'vacancy.skills',
    initial: (vacancy.skills ?? []).map((s) => ({ uri: s.uri, label: s.label, labels: s.labels })) });
  const suggestions = createSkillSuggestions({ readText: () => `${inputs.title.value}\n${inputs.description.value}`.trim(), readLang: () => inputs.lang.value });
  const languages = await createLanguageLevels({ id: 'vacancy-languages', initial: vacancy.languages ?? [] });
  const element = h('div', { className: 'form-grid' },
    h('fieldset', {}, h('legend', {}, t('vacancy.about')),
      field('vacancy-id', t('vacancy.id'), inputs.id, t('vacancy.idHint')),
      field('vacancy-title', t('vacancy.titleField'), inputs.title),
      field('vacancy-description', t('vacancy.description'), inputs.description, t('vacancy.descriptionHint')),
      field('vacancy-lang', t('vacancy.lang'), inputs.lang)),
    suggestions.element, skills.element, occupation.element, languages.element,
    h('fieldset', {}, h('legend', {}, t('vacancy.conditions')),
      field('vacancy-comune', t('candidate.comune'), inputs.comune), comune.options,
      field('vacancy-contract', t('vacancy.contract'), inputs.contract),
      field('vacancy-hours', t('vacancy.hours'), inputs.hours),
      field('vacancy-valid-through', t('vacancy.validThrough'), inputs.validThrough)));
  const employer = ownEmployerId ? { ...vacancy.employer, id: ownEmployerId } : vacancy.employer;
  return { element, read: () => ({ ...toRecord(inputs, { occupation, skills, suggestions, languages }), ...(employer ? { employer } : {}) }) };
}

const text = (input) => input.value.trim() || undefined;
const compact = (object) => {
  const entries = Object.entries(object).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0));
  return entries.length ? Object.fromEntries(entries) : undefined;
};

function toRecord(inputs, parts) {
  const skillUris = new Set([...parts.suggestions.confirmed(), ...parts.skills.value()].map((s) => s.uri));
  return compact({
    id: text(inputs.id), title: text(inputs.title), description: text(inputs.description), lang: inputs.lang.value,
    occupation: parts.occupation.value()[0]?.uri,
    skills: [...skillUris].map((uri) => ({ uri, essential: true })),
    location: compact({ comune: text(inputs.comune) }),
    languages: parts.languages.value(),
    contract: compact({ type: text(inputs.contract), hoursPerWeek: inputs.hours.value === '' ? undefined : Number(inputs.hours.value) }),
    validThrough: text(inputs.validThrough),
  });
}
