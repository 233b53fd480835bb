/**
 * A mirror's reads, one after the other (each owns the mirror's note of ids written meanwhile). A shared read
 * (a catch-up) is joined by every caller arriving before it starts, since it reads after their call and so sees
 * what they wrote; a caller arriving once it runs queues the next, since it may have read before. So at most one
 * runs and one waits, however many pages and job runs ask. Pure: no database.
 */
export class ReadQueue<Need> {
  private readonly serial = new Serial();
  private waiting: { need: Need; run: Promise<void> } | undefined;

  /** `merge` folds a later caller's need into the waiting read's. */
  constructor(private readonly merge: (waiting: Need, later: Need) => Need) {}

  /** Runs `read` after every read queued before it. */
  add(read: () => Promise<void>): Promise<void> {
    return this.serial.run(read);
  }

  /** Joins the shared read waiting to start, or queues one; `read` gets the needs of all who joined. */
  share(need: Need, read: (need: Need) => Promise<void>): Promise<void> {
    if (this.waiting) {
      this.waiting.need = this.merge(this.waiting.need, need);
      return this.waiting.run;
    }
    const waiting: { need: Need; run: Promise<void> } = {
      need,
      run: this.add(() => {
        this.waiting = undefined;
        return read(waiting.need);
      }),
    };
    this.waiting = waiting;
    return waiting.run;
  }
}

/** Steps run one after the other, in the order given; a step that fails does not stop the next. */
export class Serial {
  private tail: Promise<unknown> = Promise.resolve();

  run<R>(step: () => Promise<R>): Promise<R> {
    const run = this.tail.then(step);
    this.tail = run.catch(() => undefined);
    return run;
  }
}
