import type { Lang } from '../taxonomy.types.js';
import { analyseTerms } from '../text/analyzer.js';
import { LabelIndex, type LabelIndexSnapshot, type LabelMatch } from './label-index.js';
import { Bm25Index, type Bm25Snapshot } from './bm25-index.js';
import { keepMax } from './ranking.js';

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

  constructor(readonly snapshot: OccupationClassifierSnapshot) {
    this.uris = snapshot.uris;
    for (const [lang, index] of Object.entries(snapshot.labelIndexes)) this.labelIndexes.set(lang as Lang, new LabelIndex(index));
    for (const [lang, bm25] of Object.entries(snapshot.descriptions)) this.descriptions.set(lang as Lang, new Bm25Index(bm25));
    this.cpTitles = new LabelIndex(snapshot.cpTitles);
    this.cpTargets = snapshot.cpTargets;
  }

  /** Title label matches in one language, scored by label coverage × query coverage (a soft Dice). */
  scoreTitle(title: string, lang: Lang, scores: Map<number, number>, weight = 1): void {
    const index = this.labelIndexes.get(lang);
    if (!index) return;
    const terms = analyseTerms(title, lang);
    const queryMass = [...new Set(terms)].reduce((s, t) => s + index.idf(t), 0);
    const best = new Map<number, number>();
    const support = new Map<number, number>();
    for (const m of index.match(terms)) {
      const score = index.labelWeight(m.label) * titleScore(m, queryMass, this.scoring);
      keepMax(best, m.concept, score);
      support.set(m.concept, (support.get(m.concept) ?? 0) + score);
    }
    for (const [concept, score] of best) {
      keepMax(scores, concept, weight * (score + this.scoring.labelSupport * Math.log1p(support.get(concept) ?? 0)));
    }
    if (lang === 'it' && this.useCp2011) this.scoreCp2011(terms, queryMass, scores, weight);
  }

  private scoreCp2011(terms: string[], _queryMass: number, scores: Map<number, number>, weight: number): void {
    const queryMass = [...new Set(terms)].reduce((s, t) => s + this.cpTitles.idf(t), 0);
    for (const m of this.cpTitles.match(terms)) {
      const base = titleScore(m, queryMass, this.scoring);
      for (const target of this.cpTargets[m.concept] ?? []) keepMax(scores, target.occupation, weight * base * target.weight);
    }
  }

  /** Occupations whose whole label appears in a longer text (e.g. "cameriere" in a vacancy), with the label's IDF mass. */
  mentionedIn(stems: readonly string[], lang: Lang): Map<number, number> {
    const mentions = new Map<number, number>();
    const index = this.labelIndexes.get(lang);
    for (const m of index?.match(stems) ?? []) {
      if (m.coverage >= 0.999) keepMax(mentions, m.concept, m.matched * index!.labelWeight(m.label));
    }
    if (lang !== 'it') return mentions;
    for (const m of this.cpTitles.match(stems)) {
      if (m.coverage < 0.999) continue;
      for (const target of this.cpTargets[m.concept] ?? []) keepMax(mentions, target.occupation, m.matched * target.weight);
    }
    return mentions;
  }

  /** BM25 over occupation descriptions, scaled to 0..1 by the best hit. */
  scoreDescription(text: string, lang: Lang): Map<number, number> {
    const bm25 = this.descriptions.get(lang === 'it' ? 'it' : 'en');
    const raw = bm25?.search(analyseTerms(text, lang === 'it' ? 'it' : 'en')) ?? new Map<number, number>();
    const max = Math.max(0, ...raw.values());
    return new Map([...raw].map(([k, v]) => [k, max > 0 ? v / max : 0]));
  }
}

function titleScore(m: LabelMatch, queryMass: number, scoring: TitleScoring): number {
  const queryCoverage = queryMass > 0 ? Math.min(1, m.matched / queryMass) : 0;
  return Math.pow(m.coverage, scoring.labelCoverage) * Math.pow(queryCoverage, scoring.titleCoverage);
}
