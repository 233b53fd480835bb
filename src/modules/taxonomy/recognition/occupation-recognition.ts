import type { Lang, RecognizedOccupation } from '../taxonomy.types.js';
import type { RecognizerParts } from '../taxonomy.recognizer.js';
import { roundScore, topEntries } from './ranking.js';

/*
 * English job titles are common in every language's job market ("chef", "manager", "team leader"), so a title is
 * also matched against the English labels, a little below its own language.
 */
const englishFallbackWeight = 0.8;
/** Weight of the description, when given, next to the title: the title says what the job is, the text adds context. */
const descriptionWeight = 0.3;

/** Weight of the title's own BM25 match against descriptions: it mostly breaks ties between equally good labels. */
export const occupationTuning = { titleDescription: 0.1 };

export function occupationScores(parts: RecognizerParts, title: string, text: string | undefined, lang: Lang): Map<number, number> {
  const scores = new Map<number, number>();
  parts.occupations.scoreTitle(title, lang, scores, 1);
  if (lang !== 'en') parts.occupations.scoreTitle(title, 'en', scores, englishFallbackWeight);
  if (occupationTuning.titleDescription > 0) {
    for (const [occupation, value] of parts.occupations.scoreDescription(title, lang)) {
      scores.set(occupation, (scores.get(occupation) ?? 0) + occupationTuning.titleDescription * value);
    }
  }
  if (text) {
    for (const [occupation, value] of parts.occupations.scoreDescription(`${title} ${text}`, lang)) {
      scores.set(occupation, (scores.get(occupation) ?? 0) + descriptionWeight * value);
    }
  }
  return scores;
}

export function classifyOccupation(parts: RecognizerParts, title: string, text: string | undefined, lang: Lang, top: number): RecognizedOccupation[] {
  const uris = parts.occupations.uris;
  return topEntries(occupationScores(parts, title, text, lang), top).map(([occupation, score]) => {
    const uri = uris[occupation]!;
    return { uri, label: parts.taxonomy.occupationLabel(uri, lang) ?? uri, score: roundScore(score) };
  });
}
