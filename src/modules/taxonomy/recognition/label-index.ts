import { invertLists, packLists, type PackedLists, TermDictionary } from './packed-lists.js';
import { buildSingleTermBest, type SingleTermBest } from './single-term-best.js';
import { LabelQuery } from './label-query.js';

/**
 * An inverted index over short labels (skill or occupation names), one document per label, each label pointing to
 * its concept. A query scores every label that shares a stem with it by how much of the label's IDF mass it covers:
 * a label is "recognised" when the text contains (the stems of) all its informative words.
 */
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
  private readonly terms: PackedLists;
  private readonly concept: Int32Array;
  private readonly mass: Float64Array;
  private readonly weight: Float64Array;
  /** The last query's labels and masses: valid until the next gather (see LabelQuery). */
  private readonly query: LabelQuery;
  private singleTermBestLists: SingleTermBest | undefined;

  constructor(readonly snapshot: LabelIndexSnapshot) {
    this.dictionary = new TermDictionary(snapshot.terms);
    ({ idf: this.idfs, labelTerms: this.terms, concept: this.concept, mass: this.mass, weight: this.weight } = snapshot);
    this.query = new LabelQuery(snapshot, this.dictionary);
  }

  has(term: string): boolean {
    return this.dictionary.idOf(term) !== undefined;
  }

  idf(term: string): number {
    const id = this.dictionary.idOf(term);
    return id === undefined ? Math.log(1 + this.concept.length) : this.idfs[id]!;
  }

  /**
   * IDF mass of the query's distinct terms, summed in first-occurrence order. A query here is a title of a few words:
   * looking back for a repeat costs less than a Set per title.
   */
  queryMass(queryTerms: readonly string[]): number {
    let mass = 0;
    for (let i = 0; i < queryTerms.length; i += 1) {
      const term = queryTerms[i]!;
      if (queryTerms.indexOf(term) === i) mass += this.idf(term);
    }
    return mass;
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

  /**
   * Visits every label sharing a term with the query, in first-touched order, without allocating a match each.
   * `weights` (one per query term, default 1) scale each term's share of the matched mass.
   */
  scan(queryTerms: readonly string[], visit: (label: number, concept: number, matched: number, coverage: number) => void, weights?: readonly number[]): void {
    const count = this.gather(queryTerms, weights);
    for (let i = 0; i < count; i += 1) {
      const label = this.touchedLabel(i);
      visit(label, this.concept[label]!, this.matchedOf(label), this.coverageOf(label));
    }
  }

  /**
   * Visits the labels all of whose terms the query holds (whole labels named in a text), with their matched mass,
   * exactly as scan() would visit them with coverage 1 (same order, same mass to the last bit). It walks each label
   * under its rarest term only: a long text touches thousands of labels and holds a handful whole.
   */
  scanWhole(queryTerms: readonly string[], visit: (label: number, concept: number, matched: number) => void): void {
    this.query.begin(queryTerms);
    this.query.gatherWhole();
    for (let i = 0; i < this.query.labelCount; i += 1) {
      const label = this.query.labels[i]!;
      visit(label, this.concept[label]!, this.query.matched[label]!);
    }
  }

  /**
   * Sums, for every label sharing a term with the query, the IDF mass of the query terms it holds, and returns how
   * many labels were touched; read them with touchedLabel(i), matchedOf(label) and coverageOf(label) until the next
   * gather. Callers on a hot path loop over these instead of scan(): a callback shared by several callers cannot be
   * inlined, and a long sentence touches thousands of labels.
   */
  gather(queryTerms: readonly string[], weights?: readonly number[]): number {
    this.query.begin(queryTerms, weights);
    this.query.gatherAll();
    return this.query.labelCount;
  }

  /**
   * Like gather(), but only the labels holding two or more distinct query terms (in no set order, a label holding k
   * listed k - 1 times); queryTermId(q) still lists all the query's terms. With singleTermBest() for the labels
   * holding one, this is all that best-label-per-concept scoring needs, at a fraction of the postings.
   */
  /** For an index that will serve gatherMultiTerm: its buffers and frequent terms are built now, not in the first query. */
  prepareMultiTerm(): void {
    this.query.prepareMultiTerm();
  }

  gatherMultiTerm(queryTerms: readonly string[]): number {
    this.query.begin(queryTerms);
    this.query.gatherMultiTerm();
    return this.query.labelCount;
  }

  get touchedLabelCount(): number {
    return this.query.labelCount;
  }

  touchedLabel(i: number): number {
    return this.query.labels[i]!;
  }

  /** How many distinct query terms the last gather found in this index; queryTermId(q) gives them in query order. */
  get queryTermCount(): number {
    return this.query.termCount;
  }

  queryTermId(q: number): number {
    return this.query.termIds[q]!;
  }

  /** Whether scan() of the last query visits label `a` before label `b`: by their first query term, then by number. */
  visitsBefore(a: number, b: number): boolean {
    const first = this.query.firstTermPosition(a);
    const other = this.query.firstTermPosition(b);
    return first < other || (first === other && a < b);
  }

  /** IDF mass of the label's terms found by the last gather. */
  matchedOf(label: number): number {
    return this.query.matched[label]!;
  }

  /** Share of the label's IDF mass found by the last gather, 0..1. */
  coverageOf(label: number): number {
    const mass = this.mass[label]!;
    return mass > 0 ? this.query.matched[label]! / mass : 0;
  }

  /** Per term, the best weight × coverage of each concept from labels holding only that query term; built on first use. */
  singleTermBest(): SingleTermBest {
    this.singleTermBestLists ??= buildSingleTermBest(this.snapshot);
    return this.singleTermBestLists;
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
