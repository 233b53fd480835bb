import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../src/platform/logger.js';
import type { IngestionService } from '../src/modules/ingestion/ingestion.service.js';
import type { StoredSource } from '../src/modules/ingestion/source.repository.js';

export interface IngestionScheduler {
  reload(): Promise<void>;
  stop(): Promise<void>;
}

/** Sources may also change in another process; this is how late that process's change is picked up. */
const RELOAD_EVERY_MS = 5 * 60_000;

const taskKey = (s: StoredSource): string => `${s.name}|${s.definition.schedule}|${s.definition.timezone}`;

/**
 * One cron task per enabled, unpaused source, with the source's own schedule and time zone. noOverlap
 * stops a slow run overlapping itself in this process; the lease in runSource stops it across processes.
 */
export function startIngestionScheduler(ingestion: IngestionService, logger: Logger): IngestionScheduler {
  const tasks = new Map<string, ScheduledTask>();
  const log = logger.child({ component: 'ingestion-scheduler' });
  // node-cron logs to stdout by default; a skipped overlapping tick is expected here, so it is debug.
  const cronLogger = {
    info: (message: string) => log.debug(message),
    warn: (message: string) => log.debug(message),
    error: (message: string | Error) => log.error(String(message)),
    debug: (message: string | Error) => log.debug(String(message)),
  };

  const schedule = (source: StoredSource): ScheduledTask =>
    cron.schedule(
      source.definition.schedule,
      async () => {
        try {
          const run = await ingestion.runNow(source.name, 'schedule');
          log.info({ source: source.name, runId: run.id, status: run.status }, 'scheduled ingestion run finished');
        } catch (err) {
          log.warn({ source: source.name, error: err instanceof Error ? err.message : String(err) }, 'scheduled ingestion run not done');
        }
      },
      { name: `ingest:${source.name}`, noOverlap: true, timezone: source.definition.timezone, logger: cronLogger },
    );

  // Reloads are chained: two overlapping reloads would otherwise both schedule the same source.
  let reloading = Promise.resolve();
  const reload = (): Promise<void> => (reloading = reloading.catch(() => undefined).then(applySources));

  async function applySources(): Promise<void> {
    const wanted = new Map((await ingestion.listSources()).filter((s) => s.definition.enabled && !s.paused).map((s) => [taskKey(s), s]));
    for (const [key, task] of tasks) {
      if (wanted.has(key)) continue;
      await task.destroy();
      tasks.delete(key);
    }
    for (const [key, source] of wanted) if (!tasks.has(key)) tasks.set(key, schedule(source));
    log.info({ sources: tasks.size }, 'ingestion schedule loaded');
  }

  const safeReload = (): void => {
    reload().catch((err: unknown) => log.error({ error: err instanceof Error ? err.message : String(err) }, 'ingestion schedule reload failed'));
  };
  const unsubscribe = ingestion.onSourcesChanged(safeReload);
  const timer = setInterval(safeReload, RELOAD_EVERY_MS);
  timer.unref();
  safeReload();
  return {
    reload,
    stop: async () => {
      unsubscribe();
      clearInterval(timer);
      await Promise.all([...tasks.values()].map((t) => t.destroy()));
      tasks.clear();
    },
  };
}
