import type { DomainEventMap, DomainEvents } from '../domain-events.js';
import type { CursorPosition } from '../pagination.js';
import { RecordList, type ListWindow, type Listed } from './record-list.js';

/** What every list query has besides its filters. */
export interface ListPageQuery {
  cursor?: CursorPosition;
  updatedSince?: string;
  limit: number;
}

/** Where a mirror reads its records: the whole collection as one cursor, one record by id, and a cheap count. */
export interface MirrorSource<T extends Listed> {
  streamAll(): AsyncIterable<T>;
  findById(id: string): Promise<T | undefined>;
  countStored(): Promise<number>;
}

/**
 * Above this many records changed in this process since the last read, one scan (~1.5 s of FerretDB CPU for the
 * 2,400 demo vacancies) is cheaper than reading each by id (~3-7 ms each).
 */
const REBUILD_ABOVE = 300;
const READ_BATCH = 20;

/**
 * An in-process copy of a collection, for list pages on a database that scans on every filter or sort
 * (FerretDB v1 on SQLite). Exact for this process: every write here marks its id, and the next page first
 * re-reads the marked records by id. Inserts and deletes by other processes change the stored count, which
 * each page compares (collStats, ~30 ms) and answers with a rebuild; their updates arrive with the next
 * rebuild (the lists-catch-up job, every minute).
 */
export class ListMirror<T extends Listed> {
  private list: RecordList<T> | undefined;
  private readonly dirty = new Set<string>();
  /** Ids changed while a rebuild scans: its scan may have read them before the change. */
  private touched: Set<string> | undefined;
  private rebuilding: Promise<void> | undefined;
  /** Stored count minus mirrored size right after a rebuild (0 unless the count is approximate). */
  private countGap = 0;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly source: MirrorSource<T>) {}

  get loaded(): boolean {
    return this.list !== undefined;
  }

  /** Called synchronously after each write of this process, before its caller gets the answer. */
  markChanged(id: string): void {
    this.dirty.add(id);
    this.touched?.add(id);
  }

  /** Marks every write this process announces with these events (e.g. 'vacancy.saved', 'vacancy.removed'). */
  follow(events: DomainEvents, ...names: (keyof DomainEventMap)[]): this {
    for (const name of names) events.on(name, ({ id }) => this.markChanged(id));
    return this;
  }

  /** One list page: the query's cursor, `updatedSince` and limit, and its filters as `matches`. */
  page(query: ListPageQuery, matches: (item: T) => boolean): Promise<T[]> {
    return this.window({
      matches,
      ...(query.cursor ? { after: query.cursor } : {}),
      ...(query.updatedSince ? { since: new Date(query.updatedSince) } : {}),
      limit: query.limit,
    });
  }

  /** The catch-up with other processes' updates; does nothing until a first page loaded the mirror. */
  async refresh(): Promise<void> {
    if (this.loaded) await this.rebuild();
  }

  /** The page is cut inside the exclusive step, so no swap can come between the refresh and the cut. */
  async window(window: ListWindow<T>): Promise<T[]> {
    if (!this.list || this.dirty.size > REBUILD_ABOVE) await this.rebuild();
    const rows = await this.exclusive(async () => ((await this.settledCount()) - this.list!.size === this.countGap ? this.list!.window(window) : undefined));
    if (rows) return rows;
    // The count moved without a write of this process: another process inserted or deleted.
    await this.rebuild();
    return this.exclusive(async () => {
      await this.refreshDirty();
      return this.list!.window(window);
    });
  }

  /** Reads the whole collection again (once at a time); for the periodic catch-up with other processes. */
  rebuild(): Promise<void> {
    this.rebuilding ??= this.scan().finally(() => {
      this.rebuilding = undefined;
    });
    return this.rebuilding;
  }

  /**
   * The stored count once every write of this process is in the mirror: a write that lands between the refresh
   * and the count is read too, rather than taken for another process's insert (which would cost a reload).
   */
  private async settledCount(): Promise<number> {
    let count = 0;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await this.refreshDirty();
      count = await this.source.countStored();
      if (this.dirty.size === 0) break;
    }
    return count;
  }

  private async scan(): Promise<void> {
    const touched = new Set<string>();
    this.touched = touched;
    try {
      const items: T[] = [];
      for await (const item of this.source.streamAll()) items.push(item);
      const list = RecordList.of(items);
      await this.exclusive(async () => {
        this.touched = undefined;
        this.list = list;
        // Ids marked before the scan began are in it; those marked since are read again.
        this.dirty.clear();
        for (const id of touched) this.dirty.add(id);
        this.countGap = (await this.settledCount()) - list.size;
      });
    } finally {
      if (this.touched === touched) this.touched = undefined;
    }
  }

  private async refreshDirty(): Promise<void> {
    const list = this.list!;
    const ids = [...this.dirty];
    this.dirty.clear();
    try {
      for (let i = 0; i < ids.length; i += READ_BATCH) {
        const batch = ids.slice(i, i + READ_BATCH);
        const found = await Promise.all(batch.map((id) => this.source.findById(id)));
        batch.forEach((id, k) => {
          const item = found[k];
          if (item) list.put(item);
          else list.delete(id);
        });
      }
    } catch (err) {
      for (const id of ids) this.dirty.add(id);
      throw err;
    }
  }

  /** Refreshes, swaps and count checks run one at a time, so a page never sees half of one. */
  private exclusive<R>(step: () => Promise<R>): Promise<R> {
    const run = this.queue.then(step);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
