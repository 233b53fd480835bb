import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { z } from 'zod';
import { intFlag, parseFlags, CliUsageError } from './args.js';
import { mapJsonLines } from './jsonl.js';
import { loadTaxonomy } from '../modules/taxonomy/taxonomy.loader.js';
import { loadRecognizer } from '../modules/taxonomy/taxonomy.recognizer.js';
import { createMatchContext, type LocationResolver } from '../modules/matching/match-context.js';
import { MatchEngine } from '../modules/matching/match-engine.js';
import { candidateRecordSchema as matchCandidateSchema } from '../modules/candidates/candidate.schema.js';
import { vacancyRecordSchema as matchVacancySchema } from '../modules/vacancies/vacancy.schema.js';
import { toMatchRow } from '../modules/matching/match-output.js';
import { buildCandidateProfile } from '../modules/matching/candidate-profile.builder.js';
import { cliLocationResolver } from './match-location.js';

function parseRecord<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(`invalid record: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'unknown error'}`);
}

async function loadVacancies(engine: MatchEngine, file: string): Promise<void> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n += 1;
    if (line.trim() === '') continue;
    try {
      engine.upsertVacancy(parseRecord(matchVacancySchema, JSON.parse(line)));
    } catch (err) {
      process.stderr.write(`match: ${file} line ${n} skipped: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }
}

/** `match --vacancies FILE --candidates FILE [--top N] [--explain-all]`: offline, one line per candidate. */
export async function runMatch(argv: string[]): Promise<number> {
  const flags = parseFlags(argv, {
    vacancies: { type: 'string' }, candidates: { type: 'string' }, top: { type: 'string' }, 'explain-all': { type: 'boolean' },
  });
  if (typeof flags.vacancies !== 'string' || typeof flags.candidates !== 'string') {
    throw new CliUsageError('match needs --vacancies FILE and --candidates FILE');
  }
  const top = intFlag(flags.top, 'top', 10, 1000);
  const explainAll = flags['explain-all'] === true;
  const taxonomy = loadTaxonomy();
  const resolveLocation: LocationResolver = await cliLocationResolver();
  const context = createMatchContext({ taxonomy, recognizer: loadRecognizer(), resolveLocation });
  const engine = new MatchEngine(context);
  await loadVacancies(engine, flags.vacancies);
  await mapJsonLines(createReadStream(flags.candidates), process.stdout, (value) => {
    const candidate = buildCandidateProfile(context, parseRecord(matchCandidateSchema, value));
    const matches = engine.vacanciesForCandidate(candidate, { top, explainAll }).map((m) => {
      const vacancy = engine.vacancies.get(m.vacancyId)!;
      const { candidateId: _omit, ...row } = toMatchRow(engine.explain(candidate, vacancy, m, candidate.lang));
      return row;
    });
    return { candidateId: candidate.id, matches };
  });
  return 0;
}
