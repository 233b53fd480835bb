import { invertLists, packLists, type PackedLists, TermDictionary } from './packed-lists.js';
import { buildSingleTermBest, type SingleTermBest } from './single-term-best.js';

/**
 * An inverted index over short labels (skill or occupation names), one document per label, each label pointing to
 * its concept. A query scores every label that shares a stem with it by how much of the label's IDF mass it covers:
 * a label is "recognised" when the text contains (the stems of) all its informative words.
 */
export interface LabelMatch {
  label: number;
  concept: number;
  /** IDF mass of the label's terms found in the query. */
  matched: number;
  /** Share of the label's IDF mass found in the query, 0..1. */
  coverage: number;
}

/** The frozen index as plain typed arrays: what the prebuilt index file stores. */
export interface LabelIndexSnapshot {
  terms: string[];
  idf: Float64Array;
  postings: PackedLists;
  labelTerms: PackedLists;
  concept: Int32Array;
  mass: Float64Array;
  weight: Float64Array;
}

export class LabelIndex {
  private readonly dictionary: TermDictionary;
  private readonly idfs: Float64Array;
  private readonly postings: PackedLists;
  private readonly terms: PackedLists;
  private readonly concept: Int32Array;
  private readonly mass: Float64Array;
  private readonly weight: Float64Array;
  /**
   * Per-query scratch, valid until the next gather(): the labels touched in first-touched order (kept for stable
   * output) and the IDF mass each matched. A label counts as touched in this query when its stamp is the current
   * generation, so nothing needs resetting between queries.
   */
  private readonly touchedLabels: Int32Array;
  private touchedCount = 0;
  private readonly matchedMass: Float64Array;
  private readonly stamps: Uint32Array;
  private readonly termStamps: Uint32Array;
  private generation = 0;
  /** The last query's distinct term ids in first-occurrence order, and each term's position among them. */
  private readonly queryIds: Int32Array;
  private queryCount = 0;
  private readonly queryPosition: Int32Array;
  /** Labels touched again by a later query term: the ones holding two or more query terms (with repeats). */
  private readonly repeated: Int32Array;
  private repeatedCount = 0;
  private singleTermBestLists: SingleTermBest | undefined;

  constructor(readonly snapshot: LabelIndexSnapshot) {
    this.dictionary = new TermDictionary(snapshot.terms);
    ({ idf: this.idfs, postings: this.postings, labelTerms: this.terms, concept: this.concept, mass: this.mass, weight: this.weight } = snapshot);
    this.touchedLabels = new Int32Array(this.concept.length);
    this.matchedMass = new Float64Array(this.concept.length);
    this.stamps = new Uint32Array(this.concept.length);
    this.termStamps = new Uint32Array(this.dictionary.size);
    this.queryIds = new Int32Array(this.dictionary.size);
    this.queryPosition = new Int32Array(this.dictionary.size);
    // A label is touched again at most once per extra term it holds.
    this.repeated = new Int32Array(Math.max(0, this.terms.values.length - this.concept.length));
  }

  idf(term: string): number {
    const id = this.dictionary.idOf(term);
    return id === undefined ? Math.log(1 + this.concept.length) : this.idfs[id]!;
  }

  labelTerms(label: number): string[] {
    const { offsets, values } = this.terms;
    const out: string[] = [];
    for (let i = offsets[label] ?? 0; i < (offsets[label + 1] ?? 0); i += 1) out.push(this.dictionary.termOf(values[i]!));
    return out;
  }

  labelWeight(label: number): number {
    return this.weight[label] ?? 0;
  }

  conceptOf(label: number): number {
    return this.concept[label]!;
  }

  get size(): number {
    return this.concept.length;
  }

  /** Every label sharing at least one term with the query, with its coverage. */
  match(queryTerms: readonly string[]): LabelMatch[] {
    const results: LabelMatch[] = [];
    this.scan(queryTerms, (label, concept, matched, coverage) => results.push({ label, concept, matched, coverage }));
    return results;
  }

  /** Visits every label sharing a term with the query, in first-touched order, without allocating a match each. */
  scan(queryTerms: readonly string[], visit: (label: number, concept: number, matched: number, coverage: number) => void): void {
    const count = this.gather(queryTerms);
    for (let i = 0; i < count; i += 1) {
      const label = this.touchedLabels[i]!;
      visit(label, this.concept[label]!, this.matchedMass[label]!, this.coverageOf(label));
    }
  }

  /**
   * Visits only the labels the query covers to at least `minCoverage` (e.g. whole labels named in a text), in
   * first-touched order. The coverage test runs here, in a tight loop: a long text touches thousands of labels and
   * covers a handful, and a callback call per touched label was most of the cost.
   */
  scanCovered(queryTerms: readonly string[], minCoverage: number, visit: (label: number, concept: number, matched: number) => void): void {
    const count = this.gather(queryTerms);
    for (let i = 0; i < count; i += 1) {
      const label = this.touchedLabels[i]!;
      if (this.coverageOf(label) >= minCoverage) visit(label, this.concept[label]!, this.matchedMass[label]!);
    }
  }

  /**
   * Sums, for every label sharing a term with the query, the IDF mass of the query terms it holds, and returns how
   * many labels were touched; read them with touchedLabel(i), matchedOf(label) and coverageOf(label) until the next
   * call. Callers on a hot path loop over these instead of scan(): a callback shared by several callers cannot be
   * inlined, and a long sentence touches thousands of labels.
   */
  gather(queryTerms: readonly string[]): number {
    const generation = this.nextGeneration();
    let count = 0;
    let repeatedCount = 0;
    let queryCount = 0;
    // Locals rather than fields in the hot loop.
    const { offsets, values } = this.postings;
    const { touchedLabels, matchedMass, stamps, termStamps, idfs, dictionary, repeated, queryIds, queryPosition } = this;
    for (const term of queryTerms) {
      const id = dictionary.idOf(term);
      // A repeated query term counts once.
      if (id === undefined || termStamps[id] === generation) continue;
      termStamps[id] = generation;
      queryPosition[id] = queryCount;
      queryIds[queryCount++] = id;
      const idf = idfs[id]!;
      const end = offsets[id + 1]!;
      for (let i = offsets[id]!; i < end; i += 1) {
        const label = values[i]!;
        if (stamps[label] === generation) {
          matchedMass[label]! += idf;
          repeated[repeatedCount++] = label;
        } else {
          stamps[label] = generation;
          matchedMass[label] = idf;
          touchedLabels[count++] = label;
        }
      }
    }
    this.queryCount = queryCount;
    this.repeatedCount = repeatedCount;
    this.touchedCount = count;
    return count;
  }

  /** How many labels the last gather() touched; touchedLabel(i) gives them in first-touched order. */
  get touchedLabelCount(): number {
    return this.touchedCount;
  }

  /** How many distinct query terms the last gather() found in this index; queryTermId(q) gives them in query order. */
  get queryTermCount(): number {
    return this.queryCount;
  }

  queryTermId(q: number): number {
    return this.queryIds[q]!;
  }

  /** How many times the last gather() touched a label again; repeatedLabel(i) lists them (a label may come twice). */
  get repeatedLabelCount(): number {
    return this.repeatedCount;
  }

  repeatedLabel(i: number): number {
    return this.repeated[i]!;
  }

  /** Position, in the last query's distinct terms, of the first one the label holds: the scan visits labels in this order. */
  firstQueryPosition(label: number): number {
    const { offsets, values } = this.terms;
    let first = this.queryCount;
    for (let i = offsets[label]!; i < offsets[label + 1]!; i += 1) {
      const id = values[i]!;
      if (this.termStamps[id] === this.generation) first = Math.min(first, this.queryPosition[id]!);
    }
    return first;
  }

  /** Per term, the best weight × coverage of each concept from labels holding only that query term; built on first use. */
  singleTermBest(): SingleTermBest {
    this.singleTermBestLists ??= buildSingleTermBest(this.snapshot);
    return this.singleTermBestLists;
  }

  touchedLabel(i: number): number {
    return this.touchedLabels[i]!;
  }

  /** IDF mass of the label's terms found by the last gather(). */
  matchedOf(label: number): number {
    return this.matchedMass[label]!;
  }

  /** Share of the label's IDF mass found by the last gather(), 0..1. */
  coverageOf(label: number): number {
    const mass = this.mass[label]!;
    return mass > 0 ? this.matchedMass[label]! / mass : 0;
  }

  private nextGeneration(): number {
    this.generation += 1;
    // After 2^32 - 1 queries the stamps wrap: start them again from a clean slate.
    if (this.generation > 0xffffffff) {
      this.stamps.fill(0);
      this.termStamps.fill(0);
      this.generation = 1;
    }
    return this.generation;
  }
}

/** Collects labels, then freezes them into a LabelIndex with IDF over labels and each label's mass. */
export class LabelIndexBuilder {
  private readonly labels: { concept: number; terms: number[]; weight: number }[] = [];
  private readonly termIds = new Map<string, number>();

  /** Adds one label (already analysed into stems); `weight` down-weights e.g. hidden labels. */
  add(concept: number, terms: readonly string[], weight = 1): void {
    const unique = [...new Set(terms)];
    if (unique.length === 0) return;
    const ids = unique.map((t) => {
      let id = this.termIds.get(t);
      if (id === undefined) this.termIds.set(t, (id = this.termIds.size));
      return id;
    });
    this.labels.push({ concept, terms: ids, weight });
  }

  build(): LabelIndex {
    const postings = invertLists(this.termIds.size, this.labels.map((l) => l.terms));
    const n = this.labels.length;
    const idf = new Float64Array(this.termIds.size);
    for (let t = 0; t < idf.length; t += 1) idf[t] = Math.log(1 + n / (postings.offsets[t + 1]! - postings.offsets[t]!));
    return new LabelIndex({
      terms: [...this.termIds.keys()],
      idf,
      postings,
      labelTerms: packLists(this.labels.map((l) => l.terms)),
      concept: Int32Array.from(this.labels, (l) => l.concept),
      mass: Float64Array.from(this.labels, (l) => l.terms.reduce((sum, t) => sum + idf[t]!, 0)),
      weight: Float64Array.from(this.labels, (l) => l.weight),
    });
  }
}
