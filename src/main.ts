import type { Server } from 'node:http';
import { loadConfig, type AppConfig } from './config/env.js';
import { createLogger, type Logger } from './platform/logger.js';
import { openDatabase } from './platform/db/database-runtime.js';
import { pingDatabase } from './platform/db/connect.js';
import { createServices } from './services.js';
import { createApp } from './app.js';
import { seedIfEmpty } from './seed-runner.js';
import { startScheduler } from '../jobs/scheduler.js';
import { ShutdownCoordinator } from './platform/shutdown.js';
import { onBackgroundFailure } from './platform/background-failure.js';

/** The composition root: config, database, services, HTTP server, scheduler, and orderly shutdown. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const shutdown = new ShutdownCoordinator(logger, config.SHUTDOWN_TIMEOUT_MS);
  shutdown.listen();
  try {
    await start(config, logger, shutdown);
  } catch (err) {
    // A failure after the database started must still stop it; one caused by a shutdown is no failure.
    if (shutdown.isStopping) return;
    process.stderr.write(`PRIMA Match failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
    await shutdown.shutdown('startup failed', 1);
  }
}

async function start(config: AppConfig, logger: Logger, shutdown: ShutdownCoordinator): Promise<void> {
  const database = await openDatabase(config, logger);
  shutdown.add('database', () => database.close());
  const services = createServices({ logger, config });
  if (config.SEED_ON_EMPTY) await seedIfEmpty(services, logger);
  if (shutdown.isStopping) return;
  // Build the matching index in the background, so the first staff request does not wait for it.
  const matchingReady = services.matching.ready();
  matchingReady.catch(onBackgroundFailure(logger, 'matching index build', () => shutdown.isStopping));
  // The list mirrors (embedded database only) load once that build has settled, so the two full scans do not compete.
  void matchingReady
    .catch(() => undefined)
    .then(() => Promise.all([services.vacancies.loadList(), services.candidates.loadList()]))
    .catch(onBackgroundFailure(logger, 'list mirror load', () => shutdown.isStopping));
  const app = createApp({ logger, bodyLimit: config.BODY_LIMIT, services, isDatabaseReady: pingDatabase });
  const server = app.listen(config.PORT, config.HOST, () => {
    logger.info({ port: config.PORT }, `PRIMA Match listening on http://localhost:${config.PORT}`);
  });
  shutdown.add('http', () => closeServer(server, logger));
  if (config.SCHEDULER_ENABLED) {
    const scheduler = startScheduler(services, logger);
    shutdown.add('scheduler', () => scheduler.stop());
  }
}

/** Stops accepting connections, lets in-flight requests finish, and drops idle keep-alive sockets. */
function closeServer(server: Server, logger: Logger): Promise<void> {
  return new Promise((resolve) => {
    server.close((err) => {
      if (err) logger.warn({ err }, 'server close reported an error');
      resolve();
    });
    server.closeIdleConnections();
  });
}

main().catch((err: unknown) => {
  process.stderr.write(`PRIMA Match failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
