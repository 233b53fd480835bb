/**
 * Scores per concept in dense typed arrays, reused from query to query: a long sentence touches thousands of labels,
 * and a Map entry (or an object) per touched concept was most of the recognition time. Not re-entrant: one query at
 * a time per board, which single-threaded recognition guarantees.
 */
export class ScoreBoard {
  private readonly scores: Float64Array;
  private readonly present: Uint8Array;
  private readonly touched: Int32Array;
  private count = 0;

  constructor(readonly capacity: number) {
    this.scores = new Float64Array(capacity);
    this.present = new Uint8Array(capacity);
    this.touched = new Int32Array(capacity);
  }

  has(key: number): boolean {
    return this.present[key] === 1;
  }

  get(key: number): number {
    return this.scores[key]!;
  }

  set(key: number, score: number): void {
    if (this.present[key] === 0) {
      this.present[key] = 1;
      this.touched[this.count++] = key;
    }
    this.scores[key] = score;
  }

  add(key: number, score: number): void {
    this.set(key, this.get(key) + score);
  }

  /** Keeps the best score per key; true when `score` became the key's score. */
  keepMax(key: number, score: number): boolean {
    if (this.present[key] === 1 && !(score > this.scores[key]!)) return false;
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
    for (const key of this.keys()) max = Math.max(max, this.scores[key]!);
    return max;
  }

  /** The `top` keys with positive scores, best first, ties by smaller key (a stable order for output). */
  top(top: number): [number, number][] {
    const best: [number, number][] = [];
    if (top <= 0) return best;
    for (const key of this.keys()) {
      const score = this.scores[key]!;
      if (!(score > 0)) continue;
      if (best.length === top && !ranksBefore(score, key, best[top - 1]!)) continue;
      let at = best.length === top ? top - 1 : best.length;
      while (at > 0 && ranksBefore(score, key, best[at - 1]!)) {
        best[at] = best[at - 1]!;
        at -= 1;
      }
      best[at] = [key, score];
    }
    return best.slice(0, top);
  }

  clear(): void {
    for (const key of this.keys()) {
      this.present[key] = 0;
      this.scores[key] = 0;
    }
    this.count = 0;
  }
}

function ranksBefore(score: number, key: number, other: [number, number]): boolean {
  return score > other[1] || (score === other[1] && key < other[0]);
}
