import type { Express } from 'express';
import { createApp } from '../../src/app.js';
import { pingDatabase } from '../../src/platform/db/connect.js';
import { createServices, type Services } from '../../src/services.js';
import { testLogger, useTestDatabase } from './test-database.js';

export interface TestContext {
  app: Express;
  services: Services;
}

/** The real app over the real test database, built the way main.ts builds it. */
export async function createTestApp(): Promise<TestContext> {
  await useTestDatabase();
  const services = createServices({ logger: testLogger });
  const app = createApp({ logger: testLogger, bodyLimit: '64kb', services, isDatabaseReady: pingDatabase });
  return { app, services };
}
