import type { Lang, RecognizedSkill } from '../taxonomy.types.js';
import type { RecognizerParts } from '../taxonomy.recognizer.js';
import type { SkillHits } from './skill-hits.js';
import type { SkillExtractor } from './skill-extractor.js';
import type { EscoTaxonomy } from '../taxonomy.index.js';
import { roundScore } from './ranking.js';
import { isStopword } from '../text/stopwords.js';
import type { AnalysedText, Term } from '../text/analyzer.js';
import { occupationQueryTerms } from './occupation-labels.js';
import { withBothWorkerForms } from '../text/worker-nouns.js';

export interface SkillRecognitionWeights {
  /** English label matches inside non-English text ("problem solving", "Excel"), relative to own-language matches. */
  englishInOtherLanguage: number;
  /** Score given to an essential skill of an occupation named in the text, per unit of that occupation's strength. */
  occupationEssential: number;
  /** Same for optional skills: they are only sometimes part of the job. */
  occupationOptional: number;
}

export const defaultRecognitionWeights: SkillRecognitionWeights = { englishInOtherLanguage: 0.6, occupationEssential: 0.3, occupationOptional: 0.1 };

/** Skill numbers of each occupation's essential and optional skills, by occupation number (null: not in the taxonomy). */
export type OccupationSkills = readonly ({ essential: Int32Array; optional: Int32Array } | null)[];

/**
 * The skill numbers of every occupation, built at load (by buildRecognizer) rather than per occupation on first
 * mention: the lazy version made a cold process pay URI lookups for each newly mentioned occupation inside the first
 * few thousand extractions (~5 % of a cold pass).
 */
export function buildOccupationSkills(taxonomy: EscoTaxonomy, occupationUris: readonly string[], skills: SkillExtractor): OccupationSkills {
  return occupationUris.map((uri) => {
    const concept = taxonomy.getOccupation(uri);
    return concept ? { essential: skills.positionsOf(concept.essentialSkills), optional: skills.positionsOf(concept.optionalSkills) } : null;
  });
}

function addOccupationSkills(hits: SkillHits, skills: Int32Array, weight: number, share: number, lang: Lang): void {
  for (let i = 0; i < skills.length; i += 1) hits.addEvidence(skills[i]!, weight * share * 0.5, weight * share, lang);
}

/**
 * Skills reached through occupations named in the text, via ESCO occupation→skill relations. Both worker forms count
 * here: a text about "software development" calls for the software developer's skills as much as one naming the
 * developer (with the worker form alone, HOUSE skills MRR fell from 0.468 to 0.449).
 */
function addOccupationContext(parts: RecognizerParts, terms: readonly Term[], lang: Lang, hits: SkillHits): void {
  // Only English labels mark worker nouns. The marked form comes first: the order decides which occupation first
  // reaches a skill (see LabelIndex.scanWhole).
  const stems = lang === 'en' ? withBothWorkerForms(occupationQueryTerms(terms, lang)) : terms.map((t) => t.term);
  const mentions = parts.occupations.mentionedIn(stems, lang);
  if (mentions.size === 0) return;
  const strongest = mentions.max();
  for (const occupation of mentions.keys()) {
    const skills = parts.occupationSkills[occupation];
    if (!skills) continue;
    const share = mentions.get(occupation) / strongest;
    addOccupationSkills(hits, skills.essential, parts.weights.occupationEssential, share, lang);
    addOccupationSkills(hits, skills.optional, parts.weights.occupationOptional, share, lang);
  }
}

/** English labels inside a non-English text, a little below the text's own language. */
function addEnglishLabels(parts: RecognizerParts, text: AnalysedText, lang: Lang, hits: SkillHits): void {
  const english = parts.skills.scratch.english;
  english.clear();
  // Function words of the text's own language must not match English labels (Italian "ai" is not AI).
  const englishTerms = text.termsIn('en').filter((t) => !isStopword(t.text, lang));
  parts.skills.extract(englishTerms, 'en', english);
  for (const skill of english.board.keys()) {
    const label = english.label(skill);
    const score = english.score(skill);
    if (label !== undefined && score >= 0.9) hits.offerLabel(skill, score * parts.weights.englishInOtherLanguage, label, 'en');
  }
}

export function extractSkills(parts: RecognizerParts, text: AnalysedText, lang: Lang, top: number): RecognizedSkill[] {
  const hits = parts.skills.scratch.own;
  hits.clear();
  const terms = text.termsIn(lang);
  parts.skills.extract(terms, lang, hits);
  if (lang !== 'en') addEnglishLabels(parts, text, lang, hits);
  addOccupationContext(parts, terms, lang, hits);
  return hits.board.top(top).map(([skill, score]) => {
    const uri = parts.skills.uris[skill]!;
    const hitLang = hits.lang(skill);
    const span = parts.skills.spanOf(hits.label(skill), hitLang, text.termsIn(hitLang), text.text);
    return { uri, label: parts.taxonomy.skillLabel(uri, lang) ?? uri, score: roundScore(score), ...(span ? { span } : {}) };
  });
}
