import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestApp } from '../../support/test-app.js';
import { seedTestAccounts } from '../../support/auth.js';
import { employerInputSchema } from '../../../src/modules/employers/employer.schema.js';
import { createEmployerService } from '../../../src/modules/employers/employer.service.js';
import type { Services } from '../../../src/services.js';

export interface RunningService {
  baseUrl: string;
  stop: () => Promise<void>;
}

/**
 * The real service (createApp over the test database) listening on loopback, seeded with the demo
 * accounts and the demo employer account's company. Candidates and vacancies are created through the
 * pages themselves by the tests.
 */
export async function startWebService(): Promise<RunningService> {
  const { app, services } = await createTestApp();
  await seedTestAccounts(services);
  await seedDemoEmployer(services);
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}

/** The company behind employer@demo.prima (first row of seeds/demo/employers.jsonl.gz). */
async function seedDemoEmployer(services: Services): Promise<void> {
  await createEmployerService(services.reference).upsertEmployerByTaxCode(employerInputSchema.parse({
    id: 'demo-emp-0001', name: 'Residenza per Anziani La Pergola', taxCode: '24418580015', ateco: '87.30.00',
    sites: [{ name: 'Sede di Trofarello', comune: '001280' }],
  }));
}
