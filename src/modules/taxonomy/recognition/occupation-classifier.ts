import type { Lang } from '../taxonomy.types.js';
import { analyseTerms } from '../text/analyzer.js';
import { LabelIndex, type LabelIndexSnapshot } from './label-index.js';
import { Bm25Index, type Bm25Snapshot } from './bm25-index.js';
import { ScoreBoard } from './score-board.js';

export interface TitleScoring {
  /** Exponent on the share of the label found in the title. */
  labelCoverage: number;
  /** Exponent on the share of the title explained by the label: titles carry noise ("senior", "m/f", places). */
  titleCoverage: number;
  /** Weight of the evidence from all matching labels together: an occupation named many ways in the title's words is likelier. */
  labelSupport: number;
}

/** The prebuilt parts of an OccupationClassifier, as stored in the index file. */
export interface OccupationClassifierSnapshot {
  uris: string[];
  labelIndexes: Partial<Record<Lang, LabelIndexSnapshot>>;
  /** CP2011 titles; a title's concept number points into cpTargets. */
  cpTitles: LabelIndexSnapshot;
  cpTargets: { occupation: number; weight: number }[][];
  descriptions: Partial<Record<Lang, Bm25Snapshot>>;
}

/** Ranks ESCO occupations for a job title (and optional description) in en, it, fr, es or ar. */
export class OccupationClassifier {
  readonly uris: string[];
  /** Italian titles also go through the CP2011 titles and the crosswalk; switched off only to measure without it. */
  useCp2011 = true;
  readonly scoring: TitleScoring = { labelCoverage: 1, titleCoverage: 0.6, labelSupport: 0.1 };
  private readonly labelIndexes = new Map<Lang, LabelIndex>();
  private readonly cpTitles: LabelIndex;
  private readonly cpTargets: { occupation: number; weight: number }[][];
  private readonly descriptions = new Map<Lang, Bm25Index>();
  /** Reused per-query accumulators over occupations (see ScoreBoard). */
  readonly scratch: { scores: ScoreBoard; best: ScoreBoard; support: ScoreBoard; mentions: ScoreBoard };

  constructor(readonly snapshot: OccupationClassifierSnapshot) {
    this.uris = snapshot.uris;
    for (const [lang, index] of Object.entries(snapshot.labelIndexes)) this.labelIndexes.set(lang as Lang, new LabelIndex(index));
    for (const [lang, bm25] of Object.entries(snapshot.descriptions)) this.descriptions.set(lang as Lang, new Bm25Index(bm25));
    this.cpTitles = new LabelIndex(snapshot.cpTitles);
    this.cpTargets = snapshot.cpTargets;
    const board = (): ScoreBoard => new ScoreBoard(this.uris.length);
    this.scratch = { scores: board(), best: board(), support: board(), mentions: board() };
  }

  /** Title label matches in one language, scored by label coverage × query coverage (a soft Dice). */
  scoreTitle(title: string, lang: Lang, scores: ScoreBoard, weight = 1): void {
    const index = this.labelIndexes.get(lang);
    if (!index) return;
    const terms = analyseTerms(title, lang);
    const queryMass = [...new Set(terms)].reduce((s, t) => s + index.idf(t), 0);
    const { best, support } = this.scratch;
    best.clear();
    support.clear();
    index.scan(terms, (label, concept, matched, coverage) => {
      const score = index.labelWeight(label) * titleScore(coverage, matched, queryMass, this.scoring);
      best.keepMax(concept, score);
      support.add(concept, score);
    });
    for (const concept of best.keys()) {
      scores.keepMax(concept, weight * (best.get(concept) + this.scoring.labelSupport * Math.log1p(support.get(concept))));
    }
    if (lang === 'it' && this.useCp2011) this.scoreCp2011(terms, scores, weight);
  }

  private scoreCp2011(terms: string[], scores: ScoreBoard, weight: number): void {
    const queryMass = [...new Set(terms)].reduce((s, t) => s + this.cpTitles.idf(t), 0);
    this.cpTitles.scan(terms, (_label, concept, matched, coverage) => {
      const base = titleScore(coverage, matched, queryMass, this.scoring);
      for (const target of this.cpTargets[concept] ?? []) scores.keepMax(target.occupation, weight * base * target.weight);
    });
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
    if (lang !== 'it') return mentions;
    this.cpTitles.scanWhole(stems, (_label, concept, matched) => {
      for (const target of this.cpTargets[concept] ?? []) mentions.keepMax(target.occupation, matched * target.weight);
    });
    return mentions;
  }

  /** Adds BM25 over occupation descriptions, scaled to 0..1 by the best hit, times `weight`. */
  addDescriptionScores(text: string, lang: Lang, scores: ScoreBoard, weight: number): void {
    const descriptionLang = lang === 'it' ? 'it' : 'en';
    const raw = this.descriptions.get(descriptionLang)?.search(analyseTerms(text, descriptionLang));
    if (!raw) return;
    const max = raw.max();
    for (const occupation of raw.keys()) scores.add(occupation, weight * (max > 0 ? raw.get(occupation) / max : 0));
  }
}

function titleScore(coverage: number, matched: number, queryMass: number, scoring: TitleScoring): number {
  const queryCoverage = queryMass > 0 ? Math.min(1, matched / queryMass) : 0;
  return Math.pow(coverage, scoring.labelCoverage) * Math.pow(queryCoverage, scoring.titleCoverage);
}
