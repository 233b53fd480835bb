import { compareMatches } from './match-scorer.js';

export interface Ranked {
  id: string;
  score: number;
}

/** A bounded best-first list: the top k by score, ties by id, as a sorted array (k is small). */
export class TopK<T extends Ranked> {
  readonly items: T[] = [];

  constructor(readonly k: number) {}

  get full(): boolean {
    return this.items.length >= this.k;
  }

  /** The score a newcomer must reach to enter, or -Infinity while there is room. */
  get threshold(): number {
    return this.full ? this.items[this.items.length - 1]!.score : -Infinity;
  }

  /** Whether an item with this score and id would enter: lets callers skip building items that would not. */
  admits(score: number, id: string): boolean {
    if (!this.full) return true;
    const last = this.items[this.items.length - 1]!;
    return score > last.score || (score === last.score && id < last.id);
  }

  offer(item: T): void {
    const items = this.items;
    if (this.full && compareMatches(item, items[items.length - 1]!) >= 0) return;
    let i = items.length;
    while (i > 0 && compareMatches(item, items[i - 1]!) < 0) i--;
    items.splice(i, 0, item);
    if (items.length > this.k) items.pop();
  }
}
