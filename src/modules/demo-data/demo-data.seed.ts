import path from 'node:path';
import { z } from 'zod';
import type { Logger } from '../../platform/logger.js';
import { parseOrThrow } from '../../platform/validation.js';
import type { Services } from '../../services.js';
import { employerInputSchema } from '../employers/employer.schema.js';
import { vacancyRecordSchema } from '../vacancies/vacancy.schema.js';
import { vacancyStatusSchema } from '../vacancies/vacancy-api.schema.js';
import { candidateCreateSchema } from '../candidates/candidate-api.schema.js';
import { forEachConcurrently, readJsonLinesGz } from './jsonl-gz.js';

/** Demo vacancies are keyed by this source, so re-seeding finds them by (source, externalId). */
export const DEMO_SOURCE = 'demo';
const PROGRESS_EVERY = 500;
const CONCURRENCY = 8;

type Outcome = 'created' | 'updated' | 'unchanged';
export type SeedCounts = Record<Outcome, number>;

/** Reads one demo file, writes each line through its service, and logs progress every few hundred lines. */
async function seedFile(
  file: string,
  what: string,
  options: { logger: Logger; width: number },
  write: (value: unknown, line: number) => Promise<Outcome>,
): Promise<SeedCounts> {
  const { logger, width } = options;
  const counts: SeedCounts = { created: 0, updated: 0, unchanged: 0 };
  let done = 0;
  await forEachConcurrently(readJsonLinesGz(file), width, async ({ line, value }) => {
    counts[await write(value, line)] += 1;
    done += 1;
    if (done % PROGRESS_EVERY === 0) logger.info({ what, done, ...counts }, `seed: ${what} in progress`);
  });
  logger.info({ what, total: done, ...counts }, `seed: ${what} loaded`);
  return counts;
}

const parseLine = <S extends z.ZodType>(schema: S, value: unknown, file: string, line: number): z.output<S> =>
  parseOrThrow(schema, value, `${path.basename(file)} line ${line}`);

const statusOf = (extra: Record<string, unknown> | undefined) => vacancyStatusSchema.safeParse(extra?.status).data ?? 'open';

export interface DemoSeedResult {
  employers: SeedCounts;
  vacancies: SeedCounts;
  candidates: SeedCounts;
}

/** Loads seeds/demo through the services, idempotently: a second run reports everything unchanged. */
export async function seedDemoData(services: Services, logger: Logger, demoDir: string): Promise<DemoSeedResult> {
  const employersFile = path.join(demoDir, 'employers.jsonl.gz');
  // Employers first and one at a time: vacancies link to them, and two lines may share a tax code.
  const employers = await seedFile(employersFile, 'employers', { logger, width: 1 }, (value, line) =>
    services.employers.upsertEmployerByTaxCode(parseLine(employerInputSchema, value, employersFile, line)),
  );
  const vacanciesFile = path.join(demoDir, 'vacancies.jsonl.gz');
  const vacancies = await seedFile(vacanciesFile, 'vacancies', { logger, width: CONCURRENCY }, (value, line) => {
    const record = parseLine(vacancyRecordSchema, value, vacanciesFile, line);
    return services.vacancies.upsertBySourceKey(DEMO_SOURCE, record, { initialStatus: statusOf(record.extra) });
  });
  const candidatesFile = path.join(demoDir, 'candidates.jsonl.gz');
  const candidates = await seedFile(candidatesFile, 'candidates', { logger, width: CONCURRENCY }, (value, line) =>
    services.candidates.upsertCandidate(parseLine(candidateCreateSchema, value, candidatesFile, line)),
  );
  return { employers, vacancies, candidates };
}
