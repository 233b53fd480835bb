import type { DomainEventMap, DomainEvents } from '../domain-events.js';
import type { CursorPosition } from '../pagination.js';
import { RecordList, type ListWindow, type Listed } from './record-list.js';
import { ReadQueue, Serial } from './read-queue.js';

/** What every list query has besides its filters. */
export interface ListPageQuery {
  cursor?: CursorPosition;
  updatedSince?: string;
  limit: number;
}

/** Where a mirror reads its records: changes since a date as one cursor, the stored ids, one record by id, and a cheap count. */
export interface MirrorSource<T extends Listed> {
  /** Every record with `updatedAt` at or after `since` (all when undefined). */
  streamChangedSince(since: Date | undefined): AsyncIterable<T>;
  streamIds(): AsyncIterable<string>;
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
 * A catch-up reads from this long before the newest `updatedAt` it has seen: another process stamps a record with
 * its own clock before the write lands, so a write may land after one stamped later, and clocks drift. Re-reading
 * the last minute's changes costs little; missing one would leave it stale until the process restarts.
 */
const OVERLAP_MS = 60_000;

/** Stored count minus mirrored size (less `countGap`), as a page measured it, valid while no read has applied since. */
interface MeasuredGap {
  gap: number;
  generation: number;
}

/**
 * What a catch-up is asked for: `readChanges`, other processes' updates (the job); a page wants only their inserts
 * and deletes, so its catch-up stops at once when the count already agrees (an earlier catch-up applied them).
 * `measured`: the newest page measure; the job leaves none, so its catch-up counts afresh.
 */
interface CatchUpNeed {
  readChanges: boolean;
  measured: MeasuredGap | undefined;
}

const mergeNeeds = (waiting: CatchUpNeed, later: CatchUpNeed): CatchUpNeed => ({ readChanges: waiting.readChanges || later.readChanges, measured: later.measured });

async function collect<V>(stream: AsyncIterable<V>): Promise<V[]> {
  const all: V[] = [];
  for await (const value of stream) all.push(value);
  return all;
}

function newestOf(items: Listed[], since: Date | undefined): Date | undefined {
  let newest = since;
  for (const item of items) if (!newest || item.updatedAt > newest) newest = item.updatedAt;
  return newest;
}

/**
 * An in-process copy of a collection, for list pages on a database that scans on every filter or sort
 * (FerretDB v1 on SQLite). Exact for this process: every write here marks its id, and the next page first
 * re-reads the marked records by id. Other processes' writes arrive by catch-up (the lists-catch-up job, every
 * minute): the records changed since the newest one seen, then, when the stored count (collStats, ~30 ms) still
 * disagrees with the mirror (an insert and a delete cancel in it), one read of the stored ids finds what they
 * deleted; a count already below the mirror's size means deletes, and the catch-up reads everything once instead.
 * A page whose count check finds a gap runs that catch-up first, so their inserts and deletes show on the next page.
 */
export class ListMirror<T extends Listed> {
  private list: RecordList<T> | undefined;
  private readonly dirty = new Set<string>();
  /** Ids changed here while a full or changes read runs: the read may have seen them before the change. */
  private touched: Set<string> | undefined;
  private rebuilding: Promise<void> | undefined;
  /** Newest `updatedAt` the last full or changes read saw: where the next catch-up starts (less OVERLAP_MS). */
  private newest: Date | undefined;
  /** Stored count minus mirrored size after the last full read or id match (0 unless the count is approximate). */
  private countGap = 0;
  /** How many reads have been applied: a gap measured under an older generation no longer describes the mirror. */
  private generation = 0;
  private readonly steps = new Serial();
  /** Full reads and catch-ups run one after the other: each owns `touched` while it reads. Catch-ups are shared. */
  private readonly reads = new ReadQueue(mergeNeeds);

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

  /** The catch-up with other processes' writes; does nothing until a first page loaded the mirror. */
  async refresh(): Promise<void> {
    if (this.loaded) await this.catchUp({ readChanges: true, measured: undefined });
  }

  /** The page is cut inside the exclusive step, so no swap can come between the refresh and the cut. */
  async window(window: ListWindow<T>): Promise<T[]> {
    if (!this.list || this.dirty.size > REBUILD_ABOVE) await this.rebuild();
    const measured = await this.exclusive<{ rows: T[] } | MeasuredGap>(async () => {
      const gap = await this.measureGap();
      return gap === 0 ? { rows: this.list!.window(window) } : { gap, generation: this.generation };
    });
    if ('rows' in measured) return measured.rows;
    // The count moved without a write of this process: another process inserted or deleted.
    await this.catchUp({ readChanges: false, measured });
    return this.exclusive(async () => {
      await this.refreshDirty();
      return this.list!.window(window);
    });
  }

  /** Reads the whole collection again (one full read at a time): the first load, or after many writes here. */
  rebuild(): Promise<void> {
    this.rebuilding ??= this.reads.add(() => this.scan()).finally(() => {
      this.rebuilding = undefined;
    });
    return this.rebuilding;
  }

  /** Applies the records changed since the last read, then drops those deleted if the count says some are gone. */
  private catchUp(need: CatchUpNeed): Promise<void> {
    return this.reads.share(need, (joined) => this.readChanges(joined));
  }

  /**
   * The stored count once every write of this process is in the mirror: a write that lands between the refresh
   * and the count is read too, rather than taken for another process's insert (which would cost a reload).
   */
  private async measureGap(): Promise<number> {
    return (await this.settledCount()) - this.list!.size - this.countGap;
  }

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
    await this.readThen(
      () => collect(this.source.streamChangedSince(undefined)),
      async (items, touched) => {
        this.list = RecordList.of(items);
        // Ids marked before the read began are in it; those marked since are read again.
        this.dirty.clear();
        for (const id of touched) this.dirty.add(id);
        this.newest = newestOf(items, this.newest);
        this.countGap = (await this.settledCount()) - this.list.size;
      },
    );
  }

  private async readChanges(need: CatchUpNeed): Promise<void> {
    // The page's measure holds while no read has applied since (this process's writes move count and size alike).
    const gap = need.measured?.generation === this.generation ? need.measured.gap : await this.exclusive(() => this.measureGap());
    // Fewer stored than mirrored: another process deleted. On FerretDB v1 a read of the changes and one of the ids
    // each decode every stored document, so one full read (one decode) is then cheaper than both.
    if (gap < 0) return this.scan();
    if (gap === 0 && !need.readChanges) return;
    const since = this.newest && new Date(this.newest.getTime() - OVERLAP_MS);
    await this.readThen(
      async (touched) => {
        const items = await collect(this.source.streamChangedSince(since));
        // Another process's inserts this read found. When they do not account for the gap, it also deleted (or
        // inserted with an old stamp), and its stored ids tell which. This process's own writes are not in the gap.
        const found = items.filter((item) => !this.list!.has(item.id) && !this.dirty.has(item.id) && !touched.has(item.id)).length;
        return { items, stored: found === gap ? undefined : new Set(await collect(this.source.streamIds())) };
      },
      async ({ items, stored }, touched) => {
        const list = this.list!;
        for (const item of items) list.put(item);
        if (stored) this.matchStoredIds(stored, touched);
        // A write here during the read may be newer than what the read saw (or a delete): read it again.
        for (const id of touched) this.dirty.add(id);
        this.newest = newestOf(items, this.newest);
        if (stored) this.countGap = (await this.settledCount()) - list.size;
      },
    );
  }

  /**
   * Runs `read` (the streaming, outside the exclusive step, so pages are served meanwhile) while noting the ids this
   * process writes, then hands its result and those ids to `apply` inside the exclusive step, so no page sees the
   * mirror half updated.
   */
  private async readThen<R>(read: (touched: Set<string>) => Promise<R>, apply: (result: R, touched: Set<string>) => Promise<void>): Promise<void> {
    const touched = new Set<string>();
    this.touched = touched;
    try {
      const result = await read(touched);
      await this.exclusive(async () => {
        this.touched = undefined;
        await apply(result, touched);
        this.generation += 1;
      });
    } finally {
      if (this.touched === touched) this.touched = undefined;
    }
  }

  /**
   * Another process deleted (or inserted with an old stamp): the stored ids, read with nothing but `_id` on the
   * wire, drop the mirrored records no longer stored and mark the stored ones missing here to be read by id. An id
   * this process wrote since that read began is read again by id rather than judged by it.
   */
  private matchStoredIds(stored: Set<string>, touched: Set<string>): void {
    const list = this.list!;
    for (const id of list.ids()) if (!stored.has(id) && !touched.has(id)) list.delete(id);
    for (const id of stored) if (!list.has(id)) this.dirty.add(id);
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
    return this.steps.run(step);
  }
}
