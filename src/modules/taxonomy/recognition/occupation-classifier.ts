import type { Lang } from '../taxonomy.types.js';
import type { EscoTaxonomy } from '../taxonomy.index.js';
import { analyseTerms } from '../text/analyzer.js';
import { LabelIndex, type LabelMatch } from './label-index.js';
import { Bm25Index } from './bm25-index.js';
import { occupationLabelsIn } from './occupation-labels.js';
import { keepMax } from './ranking.js';

const labelLangs: readonly Lang[] = ['en', 'it', 'fr', 'es', 'ar'];

/*
 * How much a crosswalk relation says about a CP2011 title's ESCO occupation: an exact or close match is nearly as
 * good as the ESCO label itself; a broad match means the ESCO occupation is one of several inside the CP2011 unit.
 */
const crosswalkWeight: Record<string, number> = { exactMatch: 0.9, closeMatch: 0.85, narrowMatch: 0.7, broadMatch: 0.6 };

export interface TitleScoring {
  /** Exponent on the share of the label found in the title. */
  labelCoverage: number;
  /** Exponent on the share of the title explained by the label: titles carry noise ("senior", "m/f", places). */
  titleCoverage: number;
  /** Weight of the evidence from all matching labels together: an occupation named many ways in the title's words is likelier. */
  labelSupport: number;
}

/** Ranks ESCO occupations for a job title (and optional description) in en, it, fr, es or ar. */
export class OccupationClassifier {
  readonly uris: string[];
  /** Italian titles also go through the CP2011 titles and the crosswalk; switched off only to measure without it. */
  useCp2011 = true;
  readonly scoring: TitleScoring = { labelCoverage: 1, titleCoverage: 0.6, labelSupport: 0.1 };
  private readonly labelIndexes = new Map<Lang, LabelIndex>();
  private readonly cpTitles = new LabelIndex();
  private readonly cpTargets: { occupation: number; weight: number }[][] = [];
  private readonly descriptions = new Map<Lang, Bm25Index>();

  constructor(taxonomy: EscoTaxonomy) {
    const records = taxonomy.data.occupations;
    this.uris = records.map((r) => r.uri);
    const position = new Map(this.uris.map((uri, i) => [uri, i]));
    for (const lang of labelLangs) {
      const index = new LabelIndex();
      records.forEach((r, i) => occupationLabelsIn(r, lang).forEach((l) => index.add(i, analyseTerms(l.text, lang), l.weight)));
      index.freeze();
      this.labelIndexes.set(lang, index);
    }
    for (const lang of ['en', 'it'] as const) {
      const bm25 = new Bm25Index();
      records.forEach((r, i) => r.desc[lang] && bm25.add(i, analyseTerms(r.desc[lang]!, lang)));
      bm25.freeze();
      this.descriptions.set(lang, bm25);
    }
    this.buildCp2011(taxonomy, position);
  }

  private buildCp2011(taxonomy: EscoTaxonomy, position: Map<string, number>): void {
    const titles = [...taxonomy.data.cp2011Titles, ...taxonomy.data.cp2011Units.filter((u) => u.level === 5).map((u) => ({ code: u.code, unit: u.code, title: u.label }))];
    for (const title of titles) {
      const targets = taxonomy.escoOccupationsForCp2011(title.unit)
        .map((t) => ({ occupation: position.get(t.uri) ?? -1, weight: crosswalkWeight[t.relation] ?? 0.5 }))
        .filter((t) => t.occupation >= 0);
      if (targets.length === 0) continue;
      this.cpTargets.push(targets);
      this.cpTitles.add(this.cpTargets.length - 1, analyseTerms(title.title, 'it'));
    }
    this.cpTitles.freeze();
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
