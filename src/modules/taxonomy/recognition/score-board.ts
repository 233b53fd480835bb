import { insertTopK } from './ranking.js';

/**
 * Scores per concept in dense typed arrays, reused from query to query: a long sentence touches thousands of labels,
 * and a Map entry (or an object) per touched concept was most of the recognition time. Not re-entrant: one query at
 * a time per board, which single-threaded recognition guarantees.
 */
export class ScoreBoard {
  private readonly scores: Float64Array;
  /** A key is present when its stamp is the current generation: clearing is one increment, not a loop. */
  private readonly stamps: Uint32Array;
  private generation = 1;
  private readonly touched: Int32Array;
  private count = 0;

  constructor(readonly capacity: number) {
    this.scores = new Float64Array(capacity);
    this.stamps = new Uint32Array(capacity);
    this.touched = new Int32Array(capacity);
  }

  has(key: number): boolean {
    return this.stamps[key] === this.generation;
  }

  get(key: number): number {
    return this.stamps[key] === this.generation ? this.scores[key]! : 0;
  }

  set(key: number, score: number): void {
    if (this.stamps[key] !== this.generation) {
      this.stamps[key] = this.generation;
      this.touched[this.count++] = key;
    }
    this.scores[key] = score;
  }

  add(key: number, score: number): void {
    if (this.stamps[key] === this.generation) this.scores[key]! += score;
    else this.set(key, 0 + score);
  }

  /** Keeps the best score per key; true when `score` became the key's score. */
  keepMax(key: number, score: number): boolean {
    if (this.stamps[key] === this.generation && !(score > this.scores[key]!)) return false;
    this.set(key, score);
    return true;
  }

  get size(): number {
    return this.count;
  }

  /** The touched keys, in the order they were first set. */
  keys(): Int32Array {
    return this.touched.subarray(0, this.count);
  }

  max(): number {
    let max = 0;
    for (let i = 0; i < this.count; i += 1) max = Math.max(max, this.scores[this.touched[i]!]!);
    return max;
  }

  /** The `top` keys with positive scores, best first, ties by smaller key (a stable order for output). */
  top(top: number): [number, number][] {
    const best: [number, number][] = [];
    if (top <= 0) return best;
    for (let i = 0; i < this.count; i += 1) {
      const key = this.touched[i]!;
      const score = this.scores[key]!;
      if (!(score > 0)) continue;
      // Most of a sentence's thousands of keys fall short of the current k-th: they are turned away here, before an
      // entry is allocated for them (a third more time in top() without this check).
      if (best.length === top && !ranksBefore(score, key, best[top - 1]!)) continue;
      insertTopK(best, [key, score], top, entryRanksBefore);
    }
    return best;
  }

  clear(): void {
    this.count = 0;
    this.generation += 1;
    // After 2^32 - 1 clears the stamps wrap: start them again from a clean slate.
    if (this.generation > 0xffffffff) {
      this.stamps.fill(0);
      this.generation = 1;
    }
  }
}

function ranksBefore(score: number, key: number, other: [number, number]): boolean {
  return score > other[1] || (score === other[1] && key < other[0]);
}

const entryRanksBefore = (entry: [number, number], other: [number, number]): boolean => ranksBefore(entry[1], entry[0], other);
