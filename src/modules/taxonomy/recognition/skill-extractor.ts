import type { Lang, TextSpan } from '../taxonomy.types.js';
import type { Term } from '../text/analyzer.js';
import { LabelIndex, type LabelIndexSnapshot } from './label-index.js';
import { Bm25Index, type Bm25Snapshot } from './bm25-index.js';
import { SkillHits } from './skill-hits.js';
import { offerLabelMatches } from './label-offers.js';

export interface SkillExtractorWeights {
  /** Exponent on label coverage: partial matches of a label fall off fast. */
  coveragePower: number;
  /** Weight of the description BM25 (scaled to 0..1) relative to a full label match. */
  description: number;
  /** Weight of BM25 over all labels of a skill taken together (scaled to 0..1): rewards skills many of whose words occur. */
  allLabels: number;
  /** Exponent on a label's IDF mass: among fully matched labels, the longer and rarer one is the more specific skill. */
  massPower: number;
}

export const defaultSkillWeights: SkillExtractorWeights = { coveragePower: 1, description: 0.25, allLabels: 0.6, massPower: 0 };

/** The prebuilt parts of a SkillExtractor, as stored in the index file. */
export interface SkillExtractorSnapshot {
  uris: string[];
  labelIndexes: Partial<Record<Lang, LabelIndexSnapshot>>;
  descriptions: Bm25Snapshot;
  labelBags: Bm25Snapshot;
}

/** Ranks ESCO skills named or described in a text, by label matching on stems plus BM25 over descriptions. */
export class SkillExtractor {
  readonly uris: string[];
  readonly position: Map<string, number>;
  private readonly labelIndexes = new Map<Lang, LabelIndex>();
  private readonly descriptions: Bm25Index;
  private readonly labelBags: Bm25Index;
  /** Reused accumulators: one for the text's own language, one for English labels inside other languages. */
  readonly scratch: { own: SkillHits; english: SkillHits };

  constructor(readonly snapshot: SkillExtractorSnapshot, readonly weights: SkillExtractorWeights = { ...defaultSkillWeights }) {
    this.uris = snapshot.uris;
    this.position = new Map(this.uris.map((uri, i) => [uri, i]));
    for (const [lang, index] of Object.entries(snapshot.labelIndexes)) {
      const labels = new LabelIndex(index);
      // Skill labels are matched with gatherMultiTerm: its tables are built at load, as before, not in the first text.
      labels.prepareMultiTerm();
      this.labelIndexes.set(lang as Lang, labels);
    }
    this.descriptions = new Bm25Index(snapshot.descriptions);
    this.labelBags = new Bm25Index(snapshot.labelBags);
    this.scratch = { own: new SkillHits(this.uris.length), english: new SkillHits(this.uris.length) };
  }

  /** Skills whose labels (or descriptions, in English) the text contains, added to `hits`. */
  extract(terms: Term[], lang: Lang, hits: SkillHits): void {
    const index = this.labelIndexes.get(lang);
    const stems = terms.map((t) => t.term);
    if (index) offerLabelMatches(index, stems, this.weights, lang, hits);
    if (lang === 'en' && this.weights.description > 0) this.addBm25Scores(this.descriptions, this.weights.description, stems, hits);
    if (lang === 'en' && this.weights.allLabels > 0) this.addBm25Scores(this.labelBags, this.weights.allLabels, stems, hits);
  }

  private addBm25Scores(bm25: Bm25Index, weight: number, stems: string[], hits: SkillHits): void {
    const raw = bm25.search(stems);
    const max = raw.max();
    if (max > 0) hits.addScaledEvidence(raw, weight, max, 'en');
  }

  /** The shortest stretch of the text holding the matched label's stems. */
  spanOf(label: number | undefined, lang: Lang, terms: Term[], text: string): TextSpan | undefined {
    if (label === undefined) return undefined;
    const wanted = new Set(this.labelIndexes.get(lang)?.labelTerms(label) ?? []);
    let start = Infinity;
    let end = -Infinity;
    for (const t of terms) {
      if (!wanted.has(t.term)) continue;
      start = Math.min(start, t.start);
      end = Math.max(end, t.end);
    }
    return start === Infinity ? undefined : { start, end, text: text.slice(start, end) };
  }

  /** Skill numbers of a list of skill URIs (unknown ones left out). */
  positionsOf(uris: readonly string[]): Int32Array {
    return Int32Array.from(uris.map((uri) => this.position.get(uri) ?? -1).filter((skill) => skill >= 0));
  }
}
