import type { Lang, RecognizedSkill } from '../taxonomy.types.js';
import type { RecognizerParts } from '../taxonomy.recognizer.js';
import type { SkillHit } from './skill-extractor.js';
import { roundScore } from './ranking.js';
import { isStopword } from '../text/stopwords.js';

export interface SkillRecognitionWeights {
  /** English label matches inside non-English text ("problem solving", "Excel"), relative to own-language matches. */
  englishInOtherLanguage: number;
  /** Score given to an essential skill of an occupation named in the text, per unit of that occupation's strength. */
  occupationEssential: number;
  /** Same for optional skills: they are only sometimes part of the job. */
  occupationOptional: number;
}

export const defaultRecognitionWeights: SkillRecognitionWeights = { englishInOtherLanguage: 0.6, occupationEssential: 0.3, occupationOptional: 0.1 };

function mergeHit(hits: Map<number, SkillHit>, hit: SkillHit): void {
  const current = hits.get(hit.skill);
  if (!current || hit.score > current.score) hits.set(hit.skill, hit);
}

/** Skills reached through occupations named in the text, via ESCO occupation→skill relations. */
function addOccupationContext(parts: RecognizerParts, stems: string[], lang: Lang, hits: Map<number, SkillHit>): void {
  const mentions = parts.occupations.mentionedIn(stems, lang);
  if (mentions.size === 0) return;
  const strongest = Math.max(...mentions.values());
  const skillPosition = parts.skills.position;
  for (const [occupation, strength] of mentions) {
    const concept = parts.taxonomy.getOccupation(parts.occupations.uris[occupation]!);
    if (!concept) continue;
    const share = strength / strongest;
    const add = (uris: readonly string[], weight: number): void => {
      for (const uri of uris) {
        const skill = skillPosition.get(uri);
        if (skill === undefined) continue;
        const current = hits.get(skill);
        if (current) current.score += weight * share * 0.5;
        else hits.set(skill, { skill, score: weight * share, lang });
      }
    };
    add(concept.essentialSkills, parts.weights.occupationEssential);
    add(concept.optionalSkills, parts.weights.occupationOptional);
  }
}

export function extractSkills(parts: RecognizerParts, text: string, lang: Lang, top: number): RecognizedSkill[] {
  const terms = parts.skills.analyse(text, lang);
  const hits = parts.skills.extract(terms, lang);
  if (lang !== 'en') {
    // Function words of the text's own language must not match English labels (Italian "ai" is not AI).
    const englishTerms = parts.skills.analyse(text, 'en').filter((t) => !isStopword(t.text, lang));
    for (const hit of parts.skills.extract(englishTerms, 'en').values()) {
      if (hit.label !== undefined && hit.score >= 0.9) mergeHit(hits, { ...hit, score: hit.score * parts.weights.englishInOtherLanguage });
    }
  }
  addOccupationContext(parts, terms.map((t) => t.term), lang, hits);
  const ranked = [...hits.values()].filter((h) => h.score > 0).sort((a, b) => b.score - a.score || a.skill - b.skill).slice(0, top);
  return ranked.map((hit) => {
    const uri = parts.skills.uris[hit.skill]!;
    const span = parts.skills.spanOf(hit, hit.lang === lang ? terms : parts.skills.analyse(text, hit.lang), text);
    return { uri, label: parts.taxonomy.skillLabel(uri, lang) ?? uri, score: roundScore(hit.score), ...(span ? { span } : {}) };
  });
}
