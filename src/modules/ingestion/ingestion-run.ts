import { randomUUID } from 'node:crypto';
import type { DomainEvents } from '../../platform/domain-events.js';
import { ConflictError } from '../../platform/errors.js';
import type { Logger } from '../../platform/logger.js';
import { expireAfterSuccess, todayIn } from './expiry.js';
import { acquireLease, releaseLease, renewLease } from './lease.repository.js';
import { walkPages } from './page-walk.js';
import type { FeedAddressGuard } from './fetch/feed-address-guard.js';
import type { AnalysisDeps } from './record-pipeline.js';
import type { BatchContext } from './record-batch.js';
import { abandonStaleRuns, findRun, finishRun, insertRun, type IngestionRun, type RunCounts } from './run.repository.js';
import { recordRunFailure, recordRunSuccess, type StoredSource } from './source.repository.js';
import { loadDuplicatePool, loadListings, type DuplicateCandidate } from './vacancy-store.js';

export interface RunnerDeps {
  analysis: AnalysisDeps;
  events: DomainEvents;
  logger: Logger;
  leaseTtlMs: number;
  /** Which addresses feed fetches may reach. */
  feedGuard: FeedAddressGuard;
  /** Identifies this process in lease documents. */
  holder?: string;
}

export type RunTrigger = 'schedule' | 'api' | 'cli' | 'replay';

const zeroCounts = (): RunCounts => ({ fetched: 0, created: 0, updated: 0, unchanged: 0, quarantined: 0, duplicates: 0, expired: 0, errors: 0, pages: 0 });

/** Holds the source's lease for the duration of `work`, renewing it; reports a lost lease through `lost()`. */
async function withLease<T>(key: string, deps: RunnerDeps, work: (lost: () => boolean) => Promise<T>): Promise<T> {
  const holder = deps.holder ?? `${process.pid}:${randomUUID()}`;
  if (!(await acquireLease(key, holder, deps.leaseTtlMs))) throw new ConflictError(`A run of ${key} is already in progress`, { reason: 'RUN_IN_PROGRESS' });
  let lost = false;
  const renewal = setInterval(() => {
    renewLease(key, holder, deps.leaseTtlMs).then(
      (held) => (lost ||= !held),
      () => (lost = true),
    );
  }, Math.max(50, Math.floor(deps.leaseTtlMs / 3)));
  try {
    return await work(() => lost);
  } finally {
    clearInterval(renewal);
    await releaseLease(key, holder);
  }
}

function memo<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (cached ??= load());
}

/**
 * One run of one source, across processes at most one at a time. A run that fails (feed down, malformed
 * page, lost lease) is recorded as failed and closes nothing; K failures in a row pause the source.
 */
export async function runSource(stored: StoredSource, trigger: RunTrigger, deps: RunnerDeps): Promise<IngestionRun> {
  const source = stored.definition;
  return withLease(`ingest:${source.name}`, deps, async (leaseLost) => {
    const crashed = await abandonStaleRuns(source.name);
    const seq = stored.completedRuns + 1;
    const run = await insertRun(source.name, seq, trigger);
    const log = deps.logger.child({ source: source.name, runId: run.id, seq, trigger });
    const resume = crashed?.seq === seq ? crashed.checkpoint : undefined;
    log.info({ resumeFromPage: resume?.pageIndex }, 'ingestion run started');
    const started = performance.now();
    const ctx: BatchContext = {
      source: source.name, seq, runId: run.id, listings: new Map(), events: deps.events, analysis: deps.analysis,
      counts: zeroCounts(), timings: { fetchMs: 0, validateMs: 0, analyseMs: 0, writeMs: 0, totalMs: 0 },
      duplicatePool: memo((): Promise<DuplicateCandidate[]> => loadDuplicatePool(source.name)),
    };
    try {
      ctx.listings = await loadListings(source.name);
      await walkPages(source, ctx, resume, { shouldStop: leaseLost, guard: deps.feedGuard });
      ctx.counts.expired = await expireAfterSuccess(source.name, seq, source.missingRunsBeforeClose, ctx.listings, todayIn(source.timezone), ctx.events);
      await recordRunSuccess(source.name, seq);
      ctx.timings.totalMs = Math.round(performance.now() - started);
      await finishRun(run.id, 'succeeded', ctx.counts, ctx.timings, []);
      log.info({ counts: ctx.counts, timings: ctx.timings }, 'ingestion run succeeded');
    } catch (err) {
      ctx.counts.errors += 1;
      ctx.timings.totalMs = Math.round(performance.now() - started);
      const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      await finishRun(run.id, 'failed', ctx.counts, ctx.timings, [message]);
      const after = await recordRunFailure(source.name, source.failedRunsBeforePause, message);
      log.warn({ error: message, counts: ctx.counts, timings: ctx.timings, paused: after?.paused ?? false }, 'ingestion run failed');
    }
    return (await findRun(run.id))!;
  });
}
