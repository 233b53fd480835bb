import type { Logger } from './platform/logger.js';
import type { Services } from './services.js';
import { seedDemoAccounts } from './modules/identity/demo-accounts.js';
import { seedDemoInterventions } from './modules/interventions/demo-interventions.seed.js';
import { seedDemoCourses } from './modules/training/demo-courses.seed.js';
import { seedTaxonomy } from './modules/taxonomy/taxonomy.seed.js';

/** Seeds reference and demo data when the database holds none; seeding is idempotent anyway. */
export async function seedIfEmpty(services: Services, logger: Logger): Promise<void> {
  // ESCO is reference data, production included; skipped in milliseconds when the stored seed key matches.
  await seedTaxonomy(logger);
  // Demo credentials would be refused in production anyway; not creating them keeps the database clean.
  if (!services.identity.production) await seedDemoAccounts(services.identity.admin, logger);
  if (!services.identity.production) await seedDemoInterventions(logger);
  if (!services.identity.production) await seedDemoCourses(services.demandAndTraining.courses, services.reference, logger);
  logger.info('seed: nothing to seed yet');
}
