import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../src/platform/logger.js';
import type { Services } from '../src/services.js';
import { enforceRetention } from '../src/modules/privacy/retention.job.js';
import { startIngestionScheduler } from './ingestion.scheduler.js';

export interface Scheduler {
  stop(): Promise<void>;
}

export interface JobDefinition {
  name: string;
  schedule: string;
  timezone?: string;
  run: () => Promise<void>;
}

/** Registered jobs; each module adds its own here. */
export function defineJobs(services: Services): JobDefinition[] {
  return [
    {
      // Writes made by other processes (bulk imports, other replicas) reach this index by updatedAt.
      name: 'matching-catch-up',
      schedule: '* * * * *',
      run: async () => {
        await services.matching.catchUp();
      },
    },
    {
      // Other processes' writes reach the embedded database's list mirrors here (their inserts and deletes also at
      // the next page): the records changed since the last run, and deletes found by the stored count and ids.
      name: 'lists-catch-up',
      schedule: '* * * * *',
      run: async () => {
        await services.vacancies.refreshList();
        await services.candidates.refreshList();
      },
    },
    {
      name: 'privacy-retention',
      schedule: '30 3 * * *',
      run: async () => {
        const settings = { candidateDays: services.config.RETENTION_CANDIDATE_DAYS, auditDays: services.config.RETENTION_AUDIT_DAYS };
        await enforceRetention({ privacy: services.privacy, audit: services.audit, logger: services.logger }, settings);
      },
    },
    {
      // Hourly: demand moves by the week, and a refresh over 200k vacancies takes seconds.
      name: 'demand-refresh',
      schedule: '10 * * * *',
      run: async () => {
        await services.demandAndTraining.demand.refresh();
      },
    },
  ];
}

/**
 * Starts every job with noOverlap, and catches errors inside the task: node-cron 4 never counts a
 * task that throws, so a failure would otherwise vanish.
 */
export function startScheduler(services: Services, logger: Logger): Scheduler {
  const tasks: ScheduledTask[] = defineJobs(services).map((job) =>
    cron.schedule(
      job.schedule,
      async () => {
        const log = logger.child({ job: job.name, run: Date.now() });
        try {
          await job.run();
        } catch (err) {
          log.error({ err }, 'job failed');
        }
      },
      { name: job.name, noOverlap: true, timezone: job.timezone ?? 'Europe/Rome' },
    ),
  );
  // Feed sources are data, so their tasks come and go with the sources (jobs/ingestion.scheduler.ts).
  const ingestion = startIngestionScheduler(services.ingestion, logger);
  logger.info({ jobs: tasks.length }, 'scheduler started');
  return {
    stop: async () => {
      await Promise.all([...tasks.map((t) => t.stop()), ingestion.stop()]);
    },
  };
}
