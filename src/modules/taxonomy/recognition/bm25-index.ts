import { TermDictionary } from './packed-lists.js';
import { ScoreBoard } from './score-board.js';

/** The frozen index as typed arrays: postings of term t are docs/tfs[offsets[t] .. offsets[t + 1]). */
export interface Bm25Snapshot {
  terms: string[];
  idf: Float64Array;
  offsets: Int32Array;
  docs: Int32Array;
  tfs: Int32Array;
  /** BM25 length normalisation per document slot, precomputed. */
  norms: Float64Array;
  /** Document slots (highest document number + 1), which sizes the common-term cut. */
  slots: number;
}

const k1 = 1.2;
const b = 0.75;

/** Okapi BM25 over longer texts (descriptions), with its own inverted index: natural's TfIdf scans every document. */
export class Bm25Index {
  private readonly dictionary: TermDictionary;
  private readonly board: ScoreBoard;

  constructor(readonly snapshot: Bm25Snapshot) {
    this.dictionary = new TermDictionary(snapshot.terms);
    this.board = new ScoreBoard(snapshot.slots);
  }

  /**
   * BM25 score of every document that shares a term with the query. Terms found in more than `maxDocShare` of the
   * documents are skipped: they add little to the ranking and their long posting lists dominate the time.
   * The board returned is reused: it is valid until the next search.
   */
  search(queryTerms: readonly string[], maxDocShare = 0.05): ScoreBoard {
    const { idf, offsets, docs, tfs, norms, slots } = this.snapshot;
    const scores = this.board;
    scores.clear();
    const maxPostings = Math.max(50, maxDocShare * slots);
    for (const term of new Set(queryTerms)) {
      const id = this.dictionary.idOf(term);
      if (id === undefined || offsets[id + 1]! - offsets[id]! > maxPostings) continue;
      const termIdf = idf[id]!;
      for (let i = offsets[id]!; i < offsets[id + 1]!; i += 1) {
        const doc = docs[i]!;
        const tf = tfs[i]!;
        scores.add(doc, (termIdf * tf * (k1 + 1)) / (tf + k1 * norms[doc]!));
      }
    }
    return scores;
  }
}

/** Collects documents (numbered densely by the caller, gaps allowed), then freezes them into a Bm25Index. */
export class Bm25IndexBuilder {
  private readonly termIds = new Map<string, number>();
  private readonly documents: { doc: number; length: number; counts: Map<number, number> }[] = [];

  add(doc: number, terms: readonly string[]): void {
    const counts = new Map<number, number>();
    for (const t of terms) {
      let id = this.termIds.get(t);
      if (id === undefined) this.termIds.set(t, (id = this.termIds.size));
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    this.documents.push({ doc, length: terms.length, counts });
  }

  build(): Bm25Index {
    const termCount = this.termIds.size;
    const offsets = new Int32Array(termCount + 1);
    for (const d of this.documents) for (const id of d.counts.keys()) offsets[id + 1]! += 1;
    for (let t = 0; t < termCount; t += 1) offsets[t + 1]! += offsets[t]!;
    const next = offsets.slice(0, termCount);
    const docs = new Int32Array(offsets[termCount]!);
    const tfs = new Int32Array(offsets[termCount]!);
    for (const d of this.documents) {
      for (const [id, tf] of d.counts) {
        docs[next[id]!] = d.doc;
        tfs[next[id]!++] = tf;
      }
    }
    const n = this.documents.length;
    const averageLength = this.documents.reduce((sum, d) => sum + d.length, 0) / Math.max(1, n);
    const slots = this.documents.reduce((max, d) => Math.max(max, d.doc + 1), 0);
    const norms = new Float64Array(slots);
    for (const d of this.documents) norms[d.doc] = 1 - b + (b * d.length) / averageLength;
    const idf = Float64Array.from({ length: termCount }, (_, t) => {
      const df = offsets[t + 1]! - offsets[t]!;
      return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    });
    return new Bm25Index({ terms: [...this.termIds.keys()], idf, offsets, docs, tfs, norms, slots });
  }
}
