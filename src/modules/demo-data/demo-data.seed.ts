import path from 'node:path';
import { z } from 'zod';
import type { Logger } from '../../platform/logger.js';
import { parseOrThrow } from '../../platform/validation.js';
import type { Services } from '../../services.js';
import { employerInputSchema } from '../employers/employer.schema.js';
import { vacancyRecordSchema } from '../vacancies/vacancy.schema.js';
import { vacancyStatusSchema } from '../vacancies/vacancy-api.schema.js';
import { candidateCreateSchema } from '../candidates/candidate-api.schema.js';
import { readJsonLinesGz } from './jsonl-gz.js';

/** Demo vacancies are keyed by this source, so re-seeding finds them by (source, externalId). */
export const DEMO_SOURCE = 'demo';

type Outcome = 'created' | 'updated' | 'unchanged';
export type SeedCounts = Record<Outcome, number>;

/** Reads and validates every line of one demo file: a bad line stops the seed before anything of the file is written. */
async function readFile<S extends z.ZodType>(file: string, schema: S): Promise<z.output<S>[]> {
  const values: z.output<S>[] = [];
  for await (const { line, value } of readJsonLinesGz(file)) values.push(parseOrThrow(schema, value, `${path.basename(file)} line ${line}`));
  return values;
}

/** Loads one file with a bulk use case and logs what it did. */
async function seedFile<S extends z.ZodType>(
  options: { file: string; what: string; logger: Logger },
  schema: S,
  write: (values: z.output<S>[]) => Promise<SeedCounts>,
): Promise<SeedCounts> {
  const started = Date.now();
  const values = await readFile(options.file, schema);
  const counts = await write(values);
  options.logger.info({ what: options.what, total: values.length, ...counts, ms: Date.now() - started }, `seed: ${options.what} loaded`);
  return counts;
}

const statusOf = (extra: Record<string, unknown> | undefined) => vacancyStatusSchema.safeParse(extra?.status).data ?? 'open';

export interface DemoSeedResult {
  employers: SeedCounts;
  vacancies: SeedCounts;
  candidates: SeedCounts;
}

/**
 * Loads seeds/demo through the services' bulk use cases (same validation and stored records as one by one,
 * without a database scan per record), idempotently: a second run reports everything unchanged, and a run
 * after one killed half-way writes only what is missing.
 */
export async function seedDemoData(services: Services, logger: Logger, demoDir: string): Promise<DemoSeedResult> {
  const file = (name: string) => path.join(demoDir, `${name}.jsonl.gz`);
  // Employers first: vacancies link to them.
  const employers = await seedFile({ file: file('employers'), what: 'employers', logger }, employerInputSchema, (inputs) =>
    services.employers.upsertEmployersByTaxCode(inputs),
  );
  const vacancies = await seedFile({ file: file('vacancies'), what: 'vacancies', logger }, vacancyRecordSchema, (records) =>
    services.vacancies.upsertManyBySourceKey(DEMO_SOURCE, records.map((record) => ({ record, initialStatus: statusOf(record.extra) }))),
  );
  const candidates = await seedFile({ file: file('candidates'), what: 'candidates', logger }, candidateCreateSchema, (inputs) =>
    services.candidates.upsertCandidates(inputs),
  );
  return { employers, vacancies, candidates };
}
