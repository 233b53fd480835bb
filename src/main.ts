import type { Server } from 'node:http';
import { loadConfig } from './config/env.js';
import { createLogger, type Logger } from './platform/logger.js';
import { openDatabase } from './platform/db/database-runtime.js';
import { pingDatabase } from './platform/db/connect.js';
import { createServices } from './services.js';
import { createApp } from './app.js';
import { seedIfEmpty } from './seed-runner.js';
import { startScheduler } from '../jobs/scheduler.js';

/** The composition root: config, database, services, HTTP server, scheduler, and orderly shutdown. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const database = await openDatabase(config, logger);
  const services = createServices({ logger, config });
  if (config.SEED_ON_EMPTY) await seedIfEmpty(services, logger);
  // Build the matching index in the background, so the first staff request does not wait for it.
  services.matching.ready().catch((err: unknown) => logger.error({ err }, 'matching index failed to build'));
  const app = createApp({ logger, bodyLimit: config.BODY_LIMIT, services, isDatabaseReady: pingDatabase });
  const server = app.listen(config.PORT, config.HOST, () => {
    logger.info({ port: config.PORT }, `PRIMA Match listening on http://localhost:${config.PORT}`);
  });
  const scheduler = config.SCHEDULER_ENABLED ? startScheduler(services, logger) : undefined;

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const forceExit = setTimeout(() => {
      logger.error('shutdown timed out; exiting');
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_MS);
    forceExit.unref();
    await scheduler?.stop();
    await closeServer(server, logger);
    await database.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
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
