import path from 'node:path';
import type { Logger } from './platform/logger.js';
import type { Services } from './services.js';
import { seedDemoAccounts } from './modules/identity/demo-accounts.js';
import { seedDemoInterventions } from './modules/interventions/demo-interventions.seed.js';
import { seedDemoCourses } from './modules/training/demo-courses.seed.js';
import { seedTaxonomy } from './modules/taxonomy/taxonomy.seed.js';
import { upsertReferenceTables } from './modules/reference/reference.repository.js';
import { findSeedsDir } from './modules/reference/reference-seeds.js';
import { seedDemoData } from './modules/demo-data/demo-data.seed.js';
import { markSeedState, readSeedState } from './modules/demo-data/seed-state.js';

export interface SeedOptions {
  /** Folder of employers/vacancies/candidates .jsonl.gz; tests point it at a small fixture. */
  demoDir?: string;
  /** Load the demo records even when the database already holds some (npm run seed). */
  always?: boolean;
}

const DEMO_STEP = 'demo-records';

async function holdsDomainData(services: Services): Promise<boolean> {
  return (await services.vacancies.holdsAnyVacancy()) || (await services.candidates.holdsAnyCandidate());
}

/** Into an empty database, or again when a start was killed while loading them (the bulk load is idempotent). */
async function demoRecordsWanted(services: Services, options: SeedOptions): Promise<boolean> {
  if (options.always) return true;
  const state = await readSeedState(DEMO_STEP);
  return state ? state === 'started' : !(await holdsDomainData(services));
}

/**
 * Reference tables always (skipped table by table when unchanged); demo accounts, records and service
 * history outside production. At startup the demo records are loaded only into an empty database, or
 * to finish a load that a killed start left half done; `npm run seed` loads them every time, and a
 * second run changes nothing.
 */
export async function seedIfEmpty(services: Services, logger: Logger, options: SeedOptions = {}): Promise<void> {
  await upsertReferenceTables(services.reference.tables, logger);
  // ESCO is reference data too, production included; skipped in milliseconds when the stored seed key matches.
  await seedTaxonomy(logger);
  // Demo credentials would be refused in production anyway; not creating them keeps the database clean.
  if (services.identity.production) return;
  await seedDemoAccounts(services.identity.admin, logger);
  if (await demoRecordsWanted(services, options)) {
    await markSeedState(DEMO_STEP, 'started');
    await seedDemoData(services, logger, options.demoDir ?? path.join(findSeedsDir(), 'demo'));
    await markSeedState(DEMO_STEP, 'complete');
  } else {
    logger.info('seed: the database already holds vacancies or candidates; run `npm run seed` to refresh the demo data');
  }
  await seedDemoInterventions(logger);
  await seedDemoCourses(services.demandAndTraining.courses, services.reference, logger, services.demandAndTraining.demand);
}
