import type { Lang, RecognizedOccupation } from '../taxonomy.types.js';
import type { RecognizerParts } from '../taxonomy.recognizer.js';
import { roundScore } from './ranking.js';
import type { ScoreBoard } from './score-board.js';
import { cleanTitle } from './title-cleaning.js';
import { AnalysedText, type Term } from '../text/analyzer.js';
import { occupationQueryTerms } from './occupation-labels.js';
import { descriptionLanguage } from './occupation-classifier.js';

/*
 * English job titles are common in every language's job market ("chef", "manager", "team leader"), so a title is
 * also matched against the English labels, a little below its own language.
 */
const englishFallbackWeight = 0.8;
/** Weight of the description, when given, next to the title: the title says what the job is, the text adds context. */
const descriptionWeight = 0.3;

/**
 * Weight of the title's own BM25 match against descriptions: it mostly breaks ties between equally good labels.
 * English titles also go through the skill route (0.2, from 0.1/0.2/0.3 on the even dev rows; see docs/taxonomy.md);
 * ESCO's skill labels are English, so other languages skip it.
 */
const occupationTuning = { titleDescription: 0.1, skillRoute: 0.2 };

/** A title and its optional description, each tokenised at most once for language detection and every analysis. */
export class OccupationQuery {
  readonly title: AnalysedText;
  /** The title and description together: what the language is detected on and descriptions are matched with. */
  readonly whole: AnalysedText;

  constructor(title: string, readonly description?: string) {
    this.title = new AnalysedText(title);
    this.whole = description ? new AnalysedText(`${title} ${description}`) : this.title;
  }
}

const stemsOf = (terms: readonly Term[]): string[] => terms.map((t) => t.term);

/** Scores per occupation in the classifier's reused board (valid until the next classification). */
export function occupationScores(parts: RecognizerParts, query: OccupationQuery, lang: Lang): ScoreBoard {
  const classifier = parts.occupations;
  const scores = classifier.scratch.scores;
  scores.clear();
  const original = query.title.text;
  const cleaned = englishSpelling(classifier, lang, cleanTitle(original, lang));
  // Most titles come out of cleaning unchanged: they keep the tokens language detection already made.
  const title = cleaned === original ? query.title : new AnalysedText(cleaned);
  const analysed = title.termsIn(lang);
  const terms = stemsOf(analysed);
  const titleLabels = classifier.scoreTitle({ lang, terms: occupationQueryTerms(analysed, lang) }, scores, 1);
  const englishAnalysed = lang === 'en' ? analysed : title.termsIn('en');
  const englishTerms = stemsOf(englishAnalysed);
  if (lang !== 'en') classifier.scoreTitle({ lang: 'en', terms: occupationQueryTerms(englishAnalysed, 'en') }, scores, englishFallbackWeight);
  if (lang === 'en' && occupationTuning.skillRoute > 0) classifier.addSkillRouteScores(terms, scores, occupationTuning.skillRoute);
  const descriptionLang = descriptionLanguage(lang);
  if (occupationTuning.titleDescription > 0) {
    // The title is matched against descriptions in their language, with the terms analysed above.
    classifier.addDescriptionScoresOf(descriptionLang === lang ? terms : englishTerms, descriptionLang, scores, occupationTuning.titleDescription);
  }
  if (query.description) classifier.addDescriptionScoresOf(stemsOf(query.whole.termsIn(descriptionLang)), descriptionLang, scores, descriptionWeight);
  // Tuned on English titles. Italian titles also go through the CP2011 titles, which already say how the Italian
  // labour market names its jobs, and measured worse with it (eval:titles-it 0.564 → 0.556); in French and Spanish it
  // let near-synonyms overtake a title's own preferred label ("serveur" → barista), and there is no set to tune on.
  // titleLabels is still the English title's board: English titles make no other scoreTitle call.
  if (lang === 'en') classifier.applySpecificity(scores, titleLabels);
  return scores;
}

/** English titles with misspelt words corrected (see title-spelling.ts); ESCO has English words only to compare with. */
function englishSpelling(classifier: RecognizerParts['occupations'], lang: Lang, title: string): string {
  return lang === 'en' ? classifier.englishSpelling.correct(title) : title;
}

export function classifyOccupation(parts: RecognizerParts, query: OccupationQuery, lang: Lang, top: number): RecognizedOccupation[] {
  const uris = parts.occupations.uris;
  return occupationScores(parts, query, lang).top(top).map(([occupation, score]) => {
    const uri = uris[occupation]!;
    return { uri, label: parts.taxonomy.occupationLabel(uri, lang) ?? uri, score: roundScore(score) };
  });
}
