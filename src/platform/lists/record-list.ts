import type { CursorPosition } from '../pagination.js';

/** What a listed record must carry: the list order is ascending (updatedAt, id), as the database sorts it. */
export interface Listed {
  id: string;
  updatedAt: Date;
}

export interface ListWindow<T> {
  matches: (item: T) => boolean;
  after?: CursorPosition;
  since?: Date;
  limit: number;
}

/**
 * Ids compare as plain strings: vacancy ids are 24 lowercase hex digits (same order as the ObjectId bytes)
 * and candidate ids are ASCII, whose UTF-16 order is MongoDB's binary string order.
 */
function before(a: Listed, b: CursorPosition | Listed): boolean {
  const ta = a.updatedAt.getTime();
  const tb = b.updatedAt.getTime();
  return ta < tb || (ta === tb && a.id < b.id);
}

/** Records by id, kept sorted by (updatedAt, id) so a page is a binary search and a short walk. Pure. */
export class RecordList<T extends Listed> {
  private readonly byId = new Map<string, T>();
  private readonly sorted: T[] = [];

  /** A list of many records at once: one sort instead of a sorted insert each (quadratic for a whole collection). */
  static of<T extends Listed>(items: Iterable<T>): RecordList<T> {
    const list = new RecordList<T>();
    for (const item of items) list.byId.set(item.id, item);
    for (const item of list.byId.values()) list.sorted.push(item);
    list.sorted.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
    return list;
  }

  get size(): number {
    return this.byId.size;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** A copy, so the caller may delete while it walks them. */
  ids(): string[] {
    return [...this.byId.keys()];
  }

  /** Index of the first record not before `position`. */
  private firstNotBefore(position: CursorPosition | Listed): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (before(this.sorted[mid]!, position)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  delete(id: string): void {
    const current = this.byId.get(id);
    if (!current) return;
    this.sorted.splice(this.firstNotBefore(current), 1);
    this.byId.delete(id);
  }

  put(item: T): void {
    this.delete(item.id);
    this.sorted.splice(this.firstNotBefore(item), 0, item);
    this.byId.set(item.id, item);
  }

  /** Up to limit+1 matching records strictly after the cursor and changed at or after `since`. */
  window(window: ListWindow<T>): T[] {
    let start = window.since ? this.firstNotBefore({ updatedAt: window.since, id: '' }) : 0;
    if (window.after) {
      const afterCursor = this.firstNotBefore(window.after);
      const exact = this.sorted[afterCursor];
      start = Math.max(start, exact && exact.id === window.after.id && exact.updatedAt.getTime() === window.after.updatedAt.getTime() ? afterCursor + 1 : afterCursor);
    }
    const rows: T[] = [];
    for (let i = start; i < this.sorted.length && rows.length <= window.limit; i += 1) {
      const item = this.sorted[i]!;
      if (window.matches(item)) rows.push(item);
    }
    return rows;
  }
}
