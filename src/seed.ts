import { loadConfig } from './config/env.js';
import { createLogger } from './platform/logger.js';
import { openDatabase } from './platform/db/database-runtime.js';
import { createServices } from './services.js';
import { seedIfEmpty } from './seed-runner.js';

/** `npm run seed`: loads reference and demo data into the configured database, then closes it. */
async function seed(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const database = await openDatabase(config, logger);
  try {
    const services = createServices({ logger, config });
    const started = Date.now();
    await seedIfEmpty(services, logger, { always: true });
    logger.info({ seconds: Math.round((Date.now() - started) / 100) / 10 }, 'seed: done');
  } finally {
    await database.close();
  }
}

seed().catch((err: unknown) => {
  process.stderr.write(`Seeding failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
