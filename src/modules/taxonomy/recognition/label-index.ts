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

interface LabelEntry {
  concept: number;
  terms: string[];
  mass: number;
  weight: number;
}

export class LabelIndex {
  private readonly labels: LabelEntry[] = [];
  private readonly postings = new Map<string, number[]>();
  private idfs = new Map<string, number>();

  /** Adds one label (already analysed into stems); `weight` down-weights e.g. hidden labels. */
  add(concept: number, terms: readonly string[], weight = 1): void {
    const unique = [...new Set(terms)];
    if (unique.length === 0) return;
    const id = this.labels.length;
    this.labels.push({ concept, terms: unique, mass: 0, weight });
    for (const term of unique) {
      const list = this.postings.get(term);
      if (list) list.push(id);
      else this.postings.set(term, [id]);
    }
  }

  /** Computes IDF (over labels) and each label's mass; call once after the last add. */
  freeze(): void {
    const n = this.labels.length;
    this.idfs = new Map([...this.postings].map(([term, list]) => [term, Math.log(1 + n / list.length)]));
    for (const label of this.labels) label.mass = label.terms.reduce((sum, t) => sum + (this.idfs.get(t) ?? 0), 0);
  }

  idf(term: string): number {
    return this.idfs.get(term) ?? Math.log(1 + this.labels.length);
  }

  labelTerms(label: number): readonly string[] {
    return this.labels[label]?.terms ?? [];
  }

  labelWeight(label: number): number {
    return this.labels[label]?.weight ?? 0;
  }

  get size(): number {
    return this.labels.length;
  }

  /** Every label sharing at least one term with the query, with its coverage. */
  match(queryTerms: readonly string[]): LabelMatch[] {
    const matched = new Map<number, number>();
    for (const term of new Set(queryTerms)) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = this.idfs.get(term) ?? 0;
      for (const label of list) matched.set(label, (matched.get(label) ?? 0) + idf);
    }
    const results: LabelMatch[] = [];
    for (const [label, mass] of matched) {
      const entry = this.labels[label]!;
      results.push({ label, concept: entry.concept, matched: mass, coverage: entry.mass > 0 ? mass / entry.mass : 0 });
    }
    return results;
  }
}
