/** Okapi BM25 over longer texts (descriptions), with its own inverted index: natural's TfIdf scans every document. */
export class Bm25Index {
  private readonly postings = new Map<string, { doc: number; tf: number }[]>();
  private readonly lengths: number[] = [];
  private idfs = new Map<string, number>();
  private averageLength = 1;

  constructor(
    private readonly k1 = 1.2,
    private readonly b = 0.75,
  ) {}

  /** Adds document number `doc` (documents are numbered densely by the caller). */
  add(doc: number, terms: readonly string[]): void {
    this.lengths[doc] = terms.length;
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const [term, count] of tf) {
      const list = this.postings.get(term);
      if (list) list.push({ doc, tf: count });
      else this.postings.set(term, [{ doc, tf: count }]);
    }
  }

  freeze(): void {
    const docs = this.lengths.filter((l) => l !== undefined);
    const n = docs.length;
    this.averageLength = docs.reduce((a, b) => a + b, 0) / Math.max(1, n);
    this.idfs = new Map([...this.postings].map(([t, list]) => [t, Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5))]));
  }

  /**
   * BM25 score of every document that shares a term with the query. Terms found in more than `maxDocShare` of the
   * documents are skipped: they add little to the ranking and their long posting lists dominate the time.
   */
  search(queryTerms: readonly string[], maxDocShare = 0.05): Map<number, number> {
    const scores = new Map<number, number>();
    const maxPostings = Math.max(50, maxDocShare * this.lengths.length);
    for (const term of new Set(queryTerms)) {
      const list = this.postings.get(term);
      if (!list || list.length > maxPostings) continue;
      const idf = this.idfs.get(term) ?? 0;
      for (const { doc, tf } of list) {
        const norm = 1 - this.b + (this.b * (this.lengths[doc] ?? 0)) / this.averageLength;
        scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * (this.k1 + 1)) / (tf + this.k1 * norm));
      }
    }
    return scores;
  }
}
