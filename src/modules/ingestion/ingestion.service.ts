import type { DomainEvents } from '../../platform/domain-events.js';
import { InvalidStateError, NotFoundError } from '../../platform/errors.js';
import type { Logger } from '../../platform/logger.js';
import { parseOrThrow } from '../../platform/validation.js';
import { vacancyRecordSchema } from '../vacancies/vacancy.schema.js';
import { runSource, type RunTrigger } from './ingestion-run.js';
import type { AnalysisDeps } from './record-pipeline.js';
import { processBatch } from './record-batch.js';
import * as quarantine from './quarantine.repository.js';
import * as runs from './run.repository.js';
import * as sources from './source.repository.js';
import { sourceInputSchema, type SourceInput, type SourcePatch } from './source.schema.js';
import { loadDuplicatePool, loadListings } from './vacancy-store.js';
import type { FeedAddressGuard } from './fetch/feed-address-guard.js';

export interface IngestionServiceDeps {
  analysis: () => AnalysisDeps;
  events: DomainEvents;
  logger: Logger;
  leaseTtlMs: number;
  feedGuard: FeedAddressGuard;
}

export type IngestionService = ReturnType<typeof createIngestionService>;

/** Use cases of feed ingestion: sources as data, runs, and the quarantine staff work through. */
export function createIngestionService(deps: IngestionServiceDeps) {
  const listeners = new Set<() => void>();
  const sourcesChanged = (): void => listeners.forEach((listener) => listener());

  async function getSource(name: string): Promise<sources.StoredSource> {
    const found = await sources.findSource(name);
    if (!found) throw new NotFoundError('Source', name);
    return found;
  }

  async function createSource(input: SourceInput): Promise<sources.StoredSource> {
    const definition = parseOrThrow(sourceInputSchema, input, 'source');
    // A URL naming an internal address outright is refused on save (a 400 on `url`); names are checked at each fetch.
    deps.feedGuard.assertUrl(definition.url);
    const created = await sources.insertSource(definition);
    sourcesChanged();
    return created;
  }

  async function updateSource(name: string, patch: SourcePatch): Promise<sources.StoredSource> {
    const current = await getSource(name);
    const { paused, apiKey, recordsPath, ...fields } = patch;
    const merged = { ...current.definition, ...fields };
    if (apiKey !== undefined) merged.apiKey = apiKey ?? undefined;
    if (recordsPath !== undefined) merged.recordsPath = recordsPath ?? undefined;
    const definition = parseOrThrow(sourceInputSchema, JSON.parse(JSON.stringify(merged)), 'source');
    deps.feedGuard.assertUrl(definition.url);
    const saved = await sources.saveSourceDefinition(name, definition, paused === false);
    if (!saved) throw new NotFoundError('Source', name);
    sourcesChanged();
    return saved;
  }

  async function deleteSource(name: string): Promise<void> {
    if (!(await sources.deleteSource(name))) throw new NotFoundError('Source', name);
    sourcesChanged();
  }

  async function runNow(name: string, trigger: RunTrigger): Promise<runs.IngestionRun> {
    const source = await getSource(name);
    if (source.paused && trigger === 'schedule') throw new InvalidStateError(`Source ${name} is paused: ${source.pausedReason ?? ''}`);
    return runSource(source, trigger, { analysis: deps.analysis(), events: deps.events, logger: deps.logger, leaseTtlMs: deps.leaseTtlMs, feedGuard: deps.feedGuard });
  }

  async function getRun(id: string): Promise<runs.IngestionRun> {
    const run = await runs.findRun(id);
    if (!run) throw new NotFoundError('Run', id);
    return run;
  }

  async function getQuarantined(id: string): Promise<quarantine.QuarantinedRecord> {
    const entry = await quarantine.findQuarantined(id);
    if (!entry) throw new NotFoundError('Quarantined record', id);
    return entry;
  }

  /** Staff correct a record; it is validated now, so a bad correction is refused before any replay. */
  async function correctQuarantined(id: string, corrected: unknown): Promise<quarantine.QuarantinedRecord> {
    const entry = await getQuarantined(id);
    if (entry.status !== 'open') throw new InvalidStateError(`This record was already ${entry.status}`);
    await quarantine.saveCorrection(id, parseOrThrow(vacancyRecordSchema, corrected, 'corrected record'));
    return getQuarantined(id);
  }

  /** Sends the corrected (or original) record through the same pipeline a feed run uses. */
  async function replayQuarantined(id: string): Promise<{ entry: quarantine.QuarantinedRecord; counts: runs.RunCounts }> {
    const entry = await getQuarantined(id);
    if (entry.status !== 'open') throw new InvalidStateError(`This record was already ${entry.status}`);
    const source = await getSource(entry.source);
    const counts: runs.RunCounts = { fetched: 0, created: 0, updated: 0, unchanged: 0, quarantined: 0, duplicates: 0, expired: 0, errors: 0, pages: 0 };
    const candidate = entry.corrected ?? entry.raw;
    await processBatch([{ raw: candidate, candidate }], {
      source: entry.source, seq: source.completedRuns + 1, runId: `replay:${id}`, listings: await loadListings(entry.source),
      duplicatePool: () => loadDuplicatePool(entry.source), analysis: deps.analysis(), events: deps.events, counts,
      timings: { fetchMs: 0, validateMs: 0, analyseMs: 0, writeMs: 0, totalMs: 0 },
    });
    if (counts.quarantined === 0) await quarantine.markReplayed(id);
    return { entry: await getQuarantined(id), counts };
  }

  return {
    createSource, getSource, updateSource, deleteSource, runNow, getRun, getQuarantined, correctQuarantined, replayQuarantined,
    listSources: sources.listSources,
    listRuns: async (name: string, limit: number) => runs.listRuns((await getSource(name)).name, limit),
    listQuarantine: quarantine.listQuarantine,
    /** The scheduler listens here to reload its tasks when sources change. */
    onSourcesChanged: (listener: () => void): (() => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
