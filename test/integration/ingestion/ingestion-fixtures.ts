import { FeedAddressGuard } from '../../../src/modules/ingestion/fetch/feed-address-guard.js';
import { testConfig } from '../../support/test-app.js';
import mongoose from 'mongoose';
import { DomainEvents } from '../../../src/platform/domain-events.js';
import { loadReferenceData } from '../../../src/modules/reference/reference-data.js';
import { createIngestion } from '../../../src/modules/ingestion/ingestion.module.js';
import type { SourceInput } from '../../../src/modules/ingestion/source.schema.js';
import { testLogger } from '../../support/test-database.js';

export const fastFetch = { timeoutMs: 400, retries: 2, backoffBaseMs: 5, backoffMaxMs: 1500 };

export function vacancy(id: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    title: `Magazziniere ${id}`,
    description: `Magazzino a Torino cerca magazziniere con patente del muletto, turno ${id}.`,
    location: { comune: 'Torino' },
    contract: { type: 'fixed-term', hoursPerWeek: 40, monthlyGrossEur: 1600 },
    employer: { name: 'Logistica Alfa S.r.l.', taxCode: '00743110157' },
    ...over,
  };
}

export function sourceFor(name: string, url: string, over: Partial<SourceInput> = {}): SourceInput {
  return { name, url, format: 'interchange-json', requestsPerSecond: 100, fetch: fastFetch, failedRunsBeforePause: 2, ...over };
}

export function buildIngestion(leaseTtlMs = 1000, events = new DomainEvents()) {
  return createIngestion({ reference: loadReferenceData(), events, logger: testLogger, leaseTtlMs, recognition: false, feedGuard: new FeedAddressGuard(testConfig().FEED_ALLOWED_HOSTS) });
}

export const ingestionCollections = ['vacancies', 'ingestion_sources', 'ingestion_runs', 'ingestion_quarantine', 'ingestion_leases', 'ingestion_page_cache', 'ingestion_sightings'];

export async function clearIngestion(): Promise<void> {
  const db = mongoose.connection.db!;
  await Promise.all(ingestionCollections.map((c) => db.collection(c).deleteMany({})));
}

export const vacanciesOf = (source: string) =>
  mongoose.connection.db!.collection('vacancies').find({ source }).sort({ externalId: 1 }).toArray();
