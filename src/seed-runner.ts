import type { Logger } from './platform/logger.js';
import type { Services } from './services.js';

/** Seeds reference and demo data when the database holds none; seeding is idempotent anyway. */
export async function seedIfEmpty(_services: Services, logger: Logger): Promise<void> {
  logger.info('seed: nothing to seed yet');
}
