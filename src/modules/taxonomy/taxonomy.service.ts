import { NotFoundError } from '../../platform/errors.js';
import type { Lang } from './taxonomy.types.js';
import type { TaxonomyRecognizer } from './taxonomy.recognizer.js';
import { TaxonomyAutocomplete, type ConceptSuggestion } from './taxonomy.autocomplete.js';
import type { AnalyseOccupationInput, AnalyseSkillsInput, OccupationDetail, SkillDetail } from './taxonomy.schema.js';

export interface TaxonomyService {
  suggestSkills(q: string, lang: Lang, limit: number): ConceptSuggestion[];
  suggestOccupations(q: string, lang: Lang, limit: number): ConceptSuggestion[];
  getSkill(uriOrId: string, lang: Lang): SkillDetail;
  getOccupation(uriOrId: string, lang: Lang): OccupationDetail;
  analyseSkills(input: AnalyseSkillsInput): ReturnType<TaxonomyRecognizer['analyseSkills']>;
  analyseOccupation(input: AnalyseOccupationInput): ReturnType<TaxonomyRecognizer['analyseOccupation']>;
}

/** A bare UUID means the ESCO concept of that kind with this identifier. */
function toUri(uriOrId: string, kind: 'skill' | 'occupation'): string {
  return /^[0-9a-f-]{36}$/i.test(uriOrId) ? `http://data.europa.eu/esco/${kind}/${uriOrId.toLowerCase()}` : uriOrId;
}

/**
 * Lookups, autocomplete and recognition over the in-memory taxonomy. `recognizer` is called on first use, so
 * building the services stays cheap; it is the process-wide instance the matching and ingestion modules share.
 */
export function createTaxonomyService(recognizer: () => TaxonomyRecognizer): TaxonomyService {
  let autocomplete: TaxonomyAutocomplete | undefined;
  const suggester = (): TaxonomyAutocomplete => (autocomplete ??= new TaxonomyAutocomplete(recognizer().parts.taxonomy));
  const taxonomy = () => recognizer().parts.taxonomy;

  function getSkill(uriOrId: string, lang: Lang): SkillDetail {
    const uri = toUri(uriOrId, 'skill');
    const concept = taxonomy().getSkill(uri);
    const record = taxonomy().skillRecord(uri);
    if (!concept || !record) throw new NotFoundError('skill', uri);
    const inFrench = lang === 'fr' && record.fr !== undefined;
    const ref = (target: string) => ({ uri: target, label: taxonomy().skillLabel(target, lang) ?? target });
    return {
      uri, label: inFrench ? record.fr!.label : record.label, labelLang: inFrench ? 'fr' : 'en',
      altLabels: (inFrench ? record.fr!.alt : record.alt) ?? [], ...(record.desc ? { description: record.desc } : {}),
      type: concept.type, reuseLevel: concept.reuseLevel, collections: [...concept.collections],
      broader: concept.broader.map(ref), related: taxonomy().relatedSkills(uri).map(ref),
    };
  }

  function getOccupation(uriOrId: string, lang: Lang): OccupationDetail {
    const uri = toUri(uriOrId, 'occupation');
    const concept = taxonomy().getOccupation(uri);
    const record = taxonomy().occupationRecord(uri);
    if (!concept || !record) throw new NotFoundError('occupation', uri);
    const labelLang: Lang = record.labels[lang] ? lang : 'en';
    const labels = record.labels[labelLang] ?? record.labels.en;
    const description = (lang === 'it' ? record.desc.it : undefined) ?? record.desc.en;
    const ref = (target: string) => ({ uri: target, label: taxonomy().skillLabel(target, lang) ?? target });
    return {
      uri, label: labels.pref, labelLang, altLabels: labels.alt ?? [], ...(description ? { description } : {}),
      iscoGroup: concept.iscoGroup, code: concept.code,
      essentialSkills: concept.essentialSkills.map(ref), optionalSkills: concept.optionalSkills.map(ref),
    };
  }

  return {
    suggestSkills: (q, lang, limit) => suggester().suggestSkills(q, lang, limit),
    suggestOccupations: (q, lang, limit) => suggester().suggestOccupations(q, lang, limit),
    getSkill,
    getOccupation,
    analyseSkills: ({ text, lang, top }) => recognizer().analyseSkills(text, { lang, top }),
    analyseOccupation: ({ title, text, lang, top }) => recognizer().analyseOccupation(title, { lang, top, ...(text ? { text } : {}) }),
  };
}
