import { allocateVector, type SparseVector } from './sparse-vector.js';

/**
 * Scratch for one candidate's skill credits, indexed by feature id: the best credit and the source
 * that first reached it (a later source must do strictly better to take over). Dense arrays reused
 * across profiles instead of a Map of objects per candidate; `drain` returns the result and resets.
 */
export class SkillCreditBoard {
  private credit = new Float64Array(1024);
  private source = new Uint8Array(1024);
  private readonly touched: number[] = [];

  give(id: number, credit: number, source: number): void {
    if (id >= this.credit.length) this.grow(id);
    const old = this.credit[id]!;
    if (credit <= old) return;
    if (old === 0) this.touched.push(id);
    this.credit[id] = credit;
    this.source[id] = source;
  }

  /** Forgets everything given since the last drain (after a build that threw half-way). */
  clear(): void {
    for (const id of this.touched) this.credit[id] = 0;
    this.touched.length = 0;
  }

  creditOf(id: number): number {
    return this.credit[id] ?? 0;
  }

  /** The credits as a sparse vector (sorted by id) with the source index of each, and a clean board. */
  drain(): { skills: SparseVector; sourceIndex: Uint8Array } {
    this.touched.sort((a, b) => a - b);
    const { ids, weights, flags: sourceIndex } = allocateVector(this.touched.length, true);
    ids.set(this.touched);
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      weights[i] = this.credit[id]!;
      sourceIndex[i] = this.source[id]!;
      this.credit[id] = 0;
    }
    this.touched.length = 0;
    return { skills: { ids, weights }, sourceIndex };
  }

  private grow(id: number): void {
    const size = Math.max(id + 1, this.credit.length * 2);
    const credit = new Float64Array(size);
    credit.set(this.credit);
    const source = new Uint8Array(size);
    source.set(this.source);
    this.credit = credit;
    this.source = source;
  }
}
