import type { Express } from 'express';
import { createApp } from '../../src/app.js';
import { pingDatabase } from '../../src/platform/db/connect.js';
import { createServices, type Services } from '../../src/services.js';
import { loadConfig, type AppConfig } from '../../src/config/env.js';
import { testLogger, useTestDatabase } from './test-database.js';

export interface TestContext {
  app: Express;
  services: Services;
}

/**
 * The configuration tests run with: the environment's, plus the loopback feed server (test/support/feed-server.ts)
 * on the feed allow-list, which by default refuses loopback and private addresses.
 */
export const testConfig = (): AppConfig => loadConfig({ ...process.env, FEED_ALLOWED_HOSTS: '127.0.0.1' });

/** The real app over the real test database, built the way main.ts builds it. */
export async function createTestApp(): Promise<TestContext> {
  await useTestDatabase();
  const services = createServices({ logger: testLogger, config: testConfig() });
  const app = createApp({ logger: testLogger, bodyLimit: '64kb', services, isDatabaseReady: pingDatabase });
  return { app, services };
}
