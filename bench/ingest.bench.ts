import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DomainEvents } from '../src/platform/domain-events.js';
import { connectDatabase, disconnectDatabase } from '../src/platform/db/connect.js';
import { startEmbeddedDatabase } from '../src/platform/db/ferretdb-process.js';
import { createLogger } from '../src/platform/logger.js';
import { loadReferenceData } from '../src/modules/reference/reference-data.js';
import { FeedAddressGuard } from '../src/modules/ingestion/fetch/feed-address-guard.js';
import { createIngestion } from '../src/modules/ingestion/ingestion.module.js';
import type { IngestionRun } from '../src/modules/ingestion/run.repository.js';
import { childCpuMs, nodeCpuMs } from './process-cpu.js';

const { values } = parseArgs({ options: { records: { type: 'string', default: '100000' }, 'page-size': { type: 'string', default: '1000' }, recognition: { type: 'boolean', default: false } } });
const total = Number(values.records);
const pageSize = Number(values['page-size']);

const comuni = ['Torino', 'Milano', 'Roma', 'Napoli', 'Bologna', 'Firenze', 'Bari', 'Palermo', 'Verona', 'Padova'];
const titles = ['Magazziniere', 'Cuoco', 'Cameriere di sala', 'Operatore socio-sanitario', 'Saldatore', 'Muratore', 'Addetto alle pulizie', 'Autista patente C', 'Badante', 'Operaio agricolo'];

function generatedVacancy(i: number): Record<string, unknown> {
  const title = titles[i % titles.length]!;
  return {
    id: `bench-${i}`,
    title: `${title} (${i})`,
    description: `${title} a ${comuni[i % comuni.length]}: contratto a tempo determinato, turni su cinque giorni, esperienza gradita. Offerta ${i}.`,
    location: { comune: comuni[(i * 7) % comuni.length] },
    contract: { type: 'fixed-term', hoursPerWeek: 40, monthlyGrossEur: 1300 + (i % 900) },
    employer: { name: `Impresa ${i % 5000} S.r.l.` },
    validThrough: '2999-12-31',
  };
}

/** Pages of the generated feed, serialised once up front so the server is never the bottleneck. */
function startFeed(): Promise<{ url: string; close: () => void }> {
  const pages = new Map<number, string>();
  for (let p = 1; (p - 1) * pageSize < total; p += 1) {
    const from = (p - 1) * pageSize;
    pages.set(p, JSON.stringify(Array.from({ length: Math.min(pageSize, total - from) }, (_, k) => generatedVacancy(from + k))));
  }
  const server = createServer((req, res) => {
    const page = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('page'));
    res.writeHead(200, { 'content-type': 'application/json' }).end(pages.get(page) ?? '[]');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed`, close: () => server.close() })));
}

/** Runs the source once and prints its figures, with the CPU this process and FerretDB spent on it. */
async function measuredRun(label: string, run: () => Promise<IngestionRun>): Promise<void> {
  const [node, ferretdb] = [nodeCpuMs(), childCpuMs()];
  const result = await run();
  const [nodeS, ferretdbS] = [(nodeCpuMs() - node) / 1000, (childCpuMs() - ferretdb) / 1000];
  report(label, result);
  const perCpuSecond = Math.round(result.counts.fetched / (nodeS + ferretdbS));
  console.log(`  cpu   node ${nodeS.toFixed(1)} s + FerretDB ${ferretdbS.toFixed(1)} s = ${perCpuSecond} records per CPU-second`);
}

function report(label: string, run: IngestionRun): void {
  const t = run.timings;
  const share = (ms: number) => `${ms} ms (${((100 * ms) / t.totalMs).toFixed(1)}%)`;
  console.log(`\n${label}: ${run.counts.fetched} records in ${(t.totalMs / 1000).toFixed(1)} s = ${Math.round(run.counts.fetched / (t.totalMs / 1000))} records/s end to end`);
  console.log(`  counts  created ${run.counts.created}, updated ${run.counts.updated}, unchanged ${run.counts.unchanged}, quarantined ${run.counts.quarantined}, pages ${run.counts.pages}`);
  console.log(`  fetch ${share(t.fetchMs)} | validate ${share(t.validateMs)} | analyse ${share(t.analyseMs)} | write ${share(t.writeMs)} | other (listings, sightings, checkpoints, expiry) ${share(t.totalMs - t.fetchMs - t.validateMs - t.analyseMs - t.writeMs)}`);
}

async function main(): Promise<void> {
  const logger = createLogger('warn');
  const dir = mkdtempSync(path.join(tmpdir(), 'prima-bench-ingest-'));
  const database = await startEmbeddedDatabase({ binary: process.env.FERRETDB_BIN ?? '.tools/bin/ferretdb', dataDir: dir, logger, databaseName: 'bench_ingest' });
  const feed = await startFeed();
  try {
    await connectDatabase(database.uri, 10_000, logger);
    // The feed is served on loopback, which feed fetches refuse unless the host is allow-listed.
    const ingestion = createIngestion({ reference: loadReferenceData(), events: new DomainEvents(), logger, leaseTtlMs: 60_000, recognition: values.recognition, feedGuard: new FeedAddressGuard(['127.0.0.1']) });
    await ingestion.createSource({ name: 'bench', url: feed.url, format: 'interchange-json', pageSize, requestsPerSecond: 100, pagination: { type: 'page', param: 'page', firstPage: 1 } });
    console.log(`bench:ingest — ${total} generated vacancies, pages of ${pageSize}, loopback feed, embedded FerretDB (SQLite), recognition ${values.recognition ? 'on' : 'off'}`);
    await measuredRun('first run (all new)', () => ingestion.runNow('bench', 'cli'));
    await measuredRun('second run (all unchanged)', () => ingestion.runNow('bench', 'cli'));
  } finally {
    feed.close();
    await disconnectDatabase();
    await database.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
