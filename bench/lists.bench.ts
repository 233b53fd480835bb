/**
 * List pages on the embedded database: `npx tsx bench/lists.bench.ts [dataDir]` over a data folder holding the
 * demo data (e.g. one filled by `DATA_DIR=/tmp/lists-data npm run seed`). Prints, for the database query and
 * for the in-process mirror, wall time, this process's CPU and FerretDB's CPU per page (median of 5 runs).
 */
import { startEmbeddedDatabase } from '../src/platform/db/ferretdb-process.js';
import { connectDatabase, disconnectDatabase } from '../src/platform/db/connect.js';
import { createLogger } from '../src/platform/logger.js';
import { createServices } from '../src/services.js';
import { loadConfig } from '../src/config/env.js';
import { cursorParam } from '../src/platform/pagination.js';
import { createVacancyService } from '../src/modules/vacancies/vacancy.service.js';
import { createCandidateService } from '../src/modules/candidates/candidate.service.js';
import { VacancyModel } from '../src/modules/vacancies/vacancy.model.js';
import { CandidateModel } from '../src/modules/candidates/candidate.model.js';
import { childCpuMs, nodeCpuMs } from './process-cpu.js';
import { Types } from 'mongoose';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function measure(label: string, run: () => Promise<unknown>, runs = 5, before?: (run: number) => Promise<unknown>): Promise<void> {
  const wall: number[] = [];
  const node: number[] = [];
  const db: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    await before?.(i);
    const cpu = nodeCpuMs();
    const child = childCpuMs();
    const start = performance.now();
    await run();
    wall.push(performance.now() - start);
    node.push(nodeCpuMs() - cpu);
    db.push(childCpuMs() - child);
  }
  const fmt = (v: number) => v.toFixed(0).padStart(6);
  process.stdout.write(`${label.padEnd(44)} wall ${fmt(median(wall))} ms   node cpu ${fmt(median(node))} ms   ferretdb cpu ${fmt(median(db))} ms\n`);
}

const logger = createLogger('silent');
const database = await startEmbeddedDatabase({ binary: '.tools/bin/ferretdb', dataDir: process.argv[2] ?? 'data', logger });
await connectDatabase(database.uri, 10_000, logger);
const config = loadConfig({ ...process.env, MONGODB_URI: undefined });
const services = createServices({ logger, config });
const onDatabase = {
  vacancies: createVacancyService({ reference: services.reference, employers: services.employers, events: services.events, lists: 'database' }),
  candidates: createCandidateService({ reference: services.reference, events: services.events, privacy: services.privacy, lists: 'database' }),
};
const next = (cursor: string | null) => (cursor ? { cursor: cursorParam.parse(cursor) } : {});

for (const [name, target] of [['database query', onDatabase], ['mirror', services]] as const) {
  process.stdout.write(`\n${name}\n`);
  if (name === 'mirror') await measure('first load (once per process)', () => target.vacancies.listVacancies({ limit: 20 }).then(() => target.candidates.listCandidates({ limit: 20 })), 1);
  const second = await target.vacancies.listVacancies({ limit: 20 });
  await measure('vacancies first page (limit 20)', () => target.vacancies.listVacancies({ limit: 20 }));
  await measure('vacancies province=TO&status=open', () => target.vacancies.listVacancies({ province: 'TO', status: 'open', limit: 20 }));
  await measure('vacancies next page', () => target.vacancies.listVacancies({ limit: 20, ...next(second.nextCursor) }));
  await measure('candidates first page (limit 20)', () => target.candidates.listCandidates({ limit: 20 }));
  await measure('candidates province=TO (limit 100, web app)', () => target.candidates.listCandidates({ province: 'TO', limit: 100 }));
  // A write made just before (not timed): on the mirror the page first reads the changed vacancy by id.
  const changed = second.items[0]!;
  await measure('vacancies status=open after a write here', () => target.vacancies.listVacancies({ status: 'open', limit: 20 }), 5, (run) =>
    target.vacancies.upsertBySourceKey(changed.source, { ...changed.record, title: `${changed.record.title} (${name} ${run})` }));
}

// The lists-catch-up job (every minute): first with nothing changed, then after another process's writes, made
// straight to the collections before each run (not timed): one vacancy updated, one candidate deleted.
process.stdout.write('\nlists-catch-up job (mirror)\n');
const catchUp = () => services.vacancies.refreshList().then(() => services.candidates.refreshList());
await measure('nothing changed', catchUp);
const vacancyIds = (await VacancyModel.find({}, { _id: 1 }).limit(5).lean()).map((doc) => doc._id);
const candidateIds = (await CandidateModel.find({}, { _id: 1 }).limit(5).lean()).map((doc) => doc._id);
await measure('after an update and a delete by another process', catchUp, 5, async (run) => {
  await VacancyModel.collection.updateOne({ _id: vacancyIds[run] }, { $set: { title: `changed elsewhere ${run}`, updatedAt: new Date() } });
  await CandidateModel.collection.deleteOne({ _id: candidateIds[run] } as never);
});
// Another process inserts a vacancy before each run (not timed): the next page finds the count moved and catches up
// first; three pages at once share that catch-up. Then the job after an insert and a delete that cancel in the count.
const template = (await VacancyModel.findOne({}).lean())!;
const insertElsewhere = (label: string) => VacancyModel.collection.insertOne({ ...template, _id: new Types.ObjectId(), externalId: `elsewhere-${label}`, updatedAt: new Date() });
const firstPage = () => services.vacancies.listVacancies({ limit: 20 });
await measure('page after an insert by another process', firstPage, 5, (run) => insertElsewhere(`one-${run}`));
await measure('three pages at once after such an insert', () => Promise.all([firstPage(), firstPage(), firstPage()]), 5, (run) => insertElsewhere(`three-${run}`));
await measure('job after an insert and a delete elsewhere', () => services.vacancies.refreshList(), 5, async (run) => {
  await insertElsewhere(`job-${run}`);
  await VacancyModel.collection.deleteOne({ _id: vacancyIds[run] });
});
process.stdout.write('\n');
await disconnectDatabase();
await database.stop();
