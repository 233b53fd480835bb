import type { Server } from 'node:http';
import type { Express } from 'express';
import type { AddressInfo } from 'node:net';
import { createTestApp } from '../../support/test-app.js';
import { seedTestAccounts } from '../../support/auth.js';
import { employerInputSchema } from '../../../src/modules/employers/employer.schema.js';
import { createEmployerService } from '../../../src/modules/employers/employer.service.js';
import { demoApiKey } from '../../../src/modules/identity/demo-accounts.js';
import type { Services } from '../../../src/services.js';

export interface RunningService {
  baseUrl: string;
  stop: () => Promise<void>;
}

function listen(app: Express): Promise<Server> {
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/**
 * The real service (createApp over the test database) listening on loopback, seeded with the demo
 * accounts, the demo employer account's company and a fixture vacancy. Candidates and further vacancies
 * are created through the pages themselves by the tests.
 */
export async function startWebService(): Promise<RunningService> {
  const { app, services } = await createTestApp();
  await seedTestAccounts(services);
  await seedDemoEmployer(services);
  const server = await listen(app);
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await seedFixtureVacancies(baseUrl);
  return {
    baseUrl,
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

const esco = 'http://data.europa.eu/esco';
const fixtureVacancies = [
  {
    id: 'E2E-FIX-WELDER-1', title: 'Saldatore MIG/MAG', lang: 'it',
    description: 'Officina meccanica cerca saldatore a filo MIG/MAG per carpenteria leggera. Contratto a tempo determinato, 40 ore.',
    occupation: `${esco}/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b`,
    skills: [{ uri: `${esco}/skill/2ee57de4-bffd-4194-b009-0060edec77cc`, essential: true }, { uri: `${esco}/skill/530cb489-d900-46ab-9350-4d50ccd49eea`, essential: true }],
    location: { comune: 'Torino' }, languages: [{ lang: 'it', level: 'A2' }],
    contract: { type: 'fixed-term', hoursPerWeek: 40 }, employer: { id: 'demo-emp-0001' },
  },
];

/**
 * Vacancies the staff pages can match against, posted over HTTP with the demo integration key the
 * way a feed would. Skipped quietly while the vacancy route does not exist (the pages then say so).
 */
async function seedFixtureVacancies(baseUrl: string): Promise<void> {
  for (const vacancy of fixtureVacancies) {
    const res = await fetch(`${baseUrl}/api/v1/vacancies`, {
      method: 'POST', headers: { authorization: `Bearer ${demoApiKey.key}`, 'content-type': 'application/json' }, body: JSON.stringify(vacancy),
    });
    if (res.status === 404) return;
    if (!res.ok && res.status !== 409) throw new Error(`fixture vacancy ${vacancy.id}: ${res.status} ${await res.text()}`);
  }
}
