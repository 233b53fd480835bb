import { loadConfig } from './config/env.js';
import { createLogger } from './platform/logger.js';
import { openDatabase } from './platform/db/database-runtime.js';
import { createServices } from './services.js';
import { seedIfEmpty } from './seed-runner.js';
import { ShutdownCoordinator } from './platform/shutdown.js';

/** `npm run seed`: loads reference and demo data into the configured database, then closes it. */
async function seed(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const shutdown = new ShutdownCoordinator(logger, config.SHUTDOWN_TIMEOUT_MS);
  shutdown.listen();
  const database = await openDatabase(config, logger);
  shutdown.add('database', () => database.close());
  const services = createServices({ logger, config });
  const started = Date.now();
  await seedIfEmpty(services, logger, { always: true });
  logger.info({ seconds: Math.round((Date.now() - started) / 100) / 10 }, 'seed: done');
  await shutdown.shutdown('seed finished');
}

seed().catch((err: unknown) => {
  process.stderr.write(`Seeding failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
