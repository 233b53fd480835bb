import { invertLists, packLists, type PackedLists, TermDictionary } from './packed-lists.js';

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
  /** Per-query scratch: matched mass per label and the labels touched, in first-touched order (kept for stable output). */
  private readonly scratch: Float64Array;
  private readonly touched: Int32Array;

  constructor(readonly snapshot: LabelIndexSnapshot) {
    this.dictionary = new TermDictionary(snapshot.terms);
    ({ idf: this.idfs, postings: this.postings, labelTerms: this.terms, concept: this.concept, mass: this.mass, weight: this.weight } = snapshot);
    this.scratch = new Float64Array(this.concept.length);
    this.touched = new Int32Array(this.concept.length);
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
    let count = 0;
    // Locals rather than fields in the hot loops: a long sentence touches thousands of postings.
    const { offsets, values } = this.postings;
    const { scratch, touched, concept, mass: masses } = this;
    for (const term of new Set(queryTerms)) {
      const id = this.dictionary.idOf(term);
      if (id === undefined) continue;
      const idf = this.idfs[id]!;
      const end = offsets[id + 1]!;
      for (let i = offsets[id]!; i < end; i += 1) {
        const label = values[i]!;
        if (scratch[label] === 0) touched[count++] = label;
        scratch[label]! += idf;
      }
    }
    for (let i = 0; i < count; i += 1) {
      const label = touched[i]!;
      const matched = scratch[label]!;
      const mass = masses[label]!;
      scratch[label] = 0;
      visit(label, concept[label]!, matched, mass > 0 ? matched / mass : 0);
    }
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
