import { withPrior } from './occupation-prior.js';
import type { Lang } from '../taxonomy.types.js';
import { LabelIndex, type LabelIndexSnapshot } from './label-index.js';
import { Bm25Index, type Bm25Snapshot } from './bm25-index.js';
import { ScoreBoard } from './score-board.js';
import { Cp2011Titles, type Cp2011Snapshot } from './cp2011-titles.js';
import { TitleLabelScorer, type TitleQuery, type TitleScoring } from './title-label-scorer.js';
import { OccupationSkillRoute, type OccupationSkillRouteSnapshot } from './occupation-skill-route.js';
import { TitleSpelling, type TitleSpellingSnapshot } from './title-spelling.js';

export type { TitleScoring } from './title-label-scorer.js';

/** The prebuilt parts of an OccupationClassifier, as stored in the index file. */
export interface OccupationClassifierSnapshot {
  uris: string[];
  labelIndexes: Partial<Record<Lang, LabelIndexSnapshot>>;
  /** Each occupation's prior factor (see occupation-prior.ts). */
  prior: Float64Array;
  /** Each occupation's specificity factor, applied to its final score (see occupation-prior.ts). */
  specificity: Float64Array;
  cp2011: Cp2011Snapshot;
  descriptions: Partial<Record<Lang, Bm25Snapshot>>;
  /** English titles only: skill labels → the occupations needing those skills. */
  skillRoute: OccupationSkillRouteSnapshot;
  /** English titles only: ESCO's English words, to correct misspelt title words. */
  spelling: TitleSpellingSnapshot;
}

/** A preferred label (weight 1) covering the whole title and nothing more scores 1 (see TitleLabelScorer). */
const wholeTitlePreferredLabel = 1 - 1e-9;

/** Ranks ESCO occupations for a job title (and optional description) in en, it, fr, es or ar. */
export class OccupationClassifier {
  readonly uris: string[];
  /** Labels in it, fr, es, ar: no worker nouns marked (see worker-nouns.ts). */
  readonly scoring: TitleScoring = { titleCoverage: 0.6, labelSupport: 0.1, otherWorkerForm: 0 };
  /**
   * English labels score titles with a lower title-coverage exponent: English vacancy titles carry more words beyond
   * the occupation (teams, places, products). 0.5 from 0.5/0.55/0.6/0.65 on the even dev rows (odd rows 0.389 → 0.392);
   * Italian titles measured better at 0.6 (eval:titles-it 0.571 against 0.567). A title's other worker form matches
   * English labels at 0.8 (0.7–0.9 within 0.0005 on the even rows; 0: −0.004, 1: −0.002).
   */
  readonly englishScoring: TitleScoring = { ...this.scoring, titleCoverage: 0.5, otherWorkerForm: 0.8 };
  readonly cp2011: Cp2011Titles;
  readonly englishSpelling: TitleSpelling;
  private readonly labelIndexes = new Map<Lang, LabelIndex>();
  private readonly titleScorers = new Map<Lang, TitleLabelScorer>();
  private readonly descriptions = new Map<Lang, Bm25Index>();
  private readonly skillRoute: OccupationSkillRoute;
  /** Reused per-query accumulators over occupations (see ScoreBoard). */
  readonly scratch: { scores: ScoreBoard; best: ScoreBoard; support: ScoreBoard; mentions: ScoreBoard; route: ScoreBoard };

  /** `cp2011`: the service builds its own; a leave-one-out evaluation passes one that leaves entries out. */
  constructor(readonly snapshot: OccupationClassifierSnapshot, cp2011?: Cp2011Titles) {
    this.uris = snapshot.uris;
    for (const [lang, index] of Object.entries(snapshot.labelIndexes)) this.labelIndexes.set(lang as Lang, new LabelIndex(index));
    for (const [lang, bm25] of Object.entries(snapshot.descriptions)) this.descriptions.set(lang as Lang, new Bm25Index(bm25));
    for (const [lang, index] of this.labelIndexes) this.titleScorers.set(lang, new TitleLabelScorer(index, lang === 'en' ? this.englishScoring : this.scoring));
    this.cp2011 = cp2011 ?? new Cp2011Titles(snapshot.cp2011);
    this.skillRoute = new OccupationSkillRoute(snapshot.skillRoute);
    this.englishSpelling = new TitleSpelling(snapshot.spelling);
    const board = (): ScoreBoard => new ScoreBoard(this.uris.length);
    this.scratch = { scores: board(), best: board(), support: board(), mentions: board(), route: board() };
  }

  /**
   * Adds `weight` × the title's label-match score per occupation (keeping the best over languages). Returns each
   * occupation's best label score in the query's language: a reused board, valid until the next scoreTitle.
   */
  scoreTitle(query: TitleQuery, scores: ScoreBoard, weight = 1): ScoreBoard {
    const { best, support } = this.scratch;
    const scorer = this.titleScorers.get(query.lang);
    if (!scorer) {
      best.clear();
      return best;
    }
    scorer.score(query, best, support);
    const { prior } = this.snapshot;
    for (const concept of best.keys()) {
      const bestLabel = best.get(concept);
      const score = bestLabel + this.scoring.labelSupport * Math.log1p(support.get(concept));
      scores.keepMax(concept, weight * withPrior(score, prior[concept]!, bestLabel));
    }
    if (query.lang === 'it') this.cp2011.score(query.terms, scores, weight, this.scoring.titleCoverage, prior);
    return best;
  }

  /**
   * Occupations whose whole label appears in a longer text (e.g. "cameriere" in a vacancy), with the label's IDF mass.
   * The board returned is reused: it is valid until the next call.
   */
  mentionedIn(stems: readonly string[], lang: Lang): ScoreBoard {
    const mentions = this.scratch.mentions;
    mentions.clear();
    const index = this.labelIndexes.get(lang);
    index?.scanWhole(stems, (label, concept, matched) => mentions.keepMax(concept, matched * index.labelWeight(label)));
    if (lang === 'it') this.cp2011.mentionedIn(stems, mentions);
    return mentions;
  }

  /** Adds `weight` × the skill route's score (0..1) for an English title's terms (see OccupationSkillRoute). */
  addSkillRouteScores(englishTerms: readonly string[], scores: ScoreBoard, weight: number): void {
    this.skillRoute.score(englishTerms, scores, this.scratch.route, weight);
  }

  /**
   * Multiplies the scores on the board by each occupation's specificity factor: the last step of classifying a title.
   * An occupation whose preferred label is the whole title (`titleLabels`: what scoreTitle returned) keeps its score:
   * whoever writes "sales manager" means the sales manager, even though ESCO files it as an umbrella.
   */
  applySpecificity(scores: ScoreBoard, titleLabels: ScoreBoard): void {
    const { specificity } = this.snapshot;
    for (const occupation of scores.keys()) {
      if (titleLabels.get(occupation) < wholeTitlePreferredLabel) scores.set(occupation, scores.get(occupation) * specificity[occupation]!);
    }
  }

  /**
   * Adds BM25 over occupation descriptions, scaled to 0..1 by the best hit, times `weight`, for terms analysed in
   * `descriptionLanguage(lang)` (a title's own terms, when it is en or it).
   */
  addDescriptionScoresOf(terms: readonly string[], descriptionLang: Lang, scores: ScoreBoard, weight: number): void {
    const raw = this.descriptions.get(descriptionLang)?.search(terms);
    if (!raw) return;
    const max = raw.max();
    for (const occupation of raw.keys()) scores.add(occupation, weight * (max > 0 ? raw.get(occupation) / max : 0));
  }
}

/** Descriptions exist in Italian and English: Italian texts use the Italian ones, every other language the English. */
export function descriptionLanguage(lang: Lang): Lang {
  return lang === 'it' ? 'it' : 'en';
}
