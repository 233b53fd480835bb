/** BM25 over raw texts (lower-cased Unicode words, no stemming, no taxonomy): the text-only baseline. */
export class Bm25Baseline {
  private readonly postings = new Map<string, { doc: number; tf: number }[]>();
  private readonly lengths: number[];
  private readonly avgLength: number;

  constructor(private readonly docs: { id: string; text: string }[], private readonly k1 = 1.2, private readonly b = 0.75) {
    this.lengths = docs.map((d, doc) => {
      const terms = words(d.text);
      const tf = new Map<string, number>();
      for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const [t, n] of tf) {
        const list = this.postings.get(t) ?? [];
        list.push({ doc, tf: n });
        this.postings.set(t, list);
      }
      return terms.length;
    });
    this.avgLength = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, docs.length);
  }

  rank(text: string, top: number): string[] {
    const scores = new Map<number, number>();
    for (const t of new Set(words(text))) {
      const list = this.postings.get(t) ?? [];
      const idf = Math.log(1 + (this.docs.length - list.length + 0.5) / (list.length + 0.5));
      for (const { doc, tf } of list) {
        const norm = tf + this.k1 * (1 - this.b + (this.b * this.lengths[doc]!) / this.avgLength);
        scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * (this.k1 + 1)) / norm);
      }
    }
    return [...scores]
      .sort((a, b) => b[1] - a[1] || (this.docs[a[0]]!.id < this.docs[b[0]]!.id ? -1 : 1))
      .slice(0, top)
      .map(([doc]) => this.docs[doc]!.id);
  }
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
