import { readFileSync } from 'node:fs';
import { loadConfig } from '../config/env.js';
import { createLogger } from '../platform/logger.js';
import { openDatabase } from '../platform/db/database-runtime.js';
import { createServices } from '../services.js';
import type { IngestionService } from '../modules/ingestion/ingestion.service.js';
import { toSourceView } from '../modules/ingestion/source-view.js';
import { CliUsageError, parseFlags } from './args.js';

/** Opens the database like src/main.ts does, runs `work`, and always closes it again. */
async function withIngestion(work: (ingestion: IngestionService) => Promise<unknown>): Promise<number> {
  const config = loadConfig();
  // Logs go to stderr so stdout carries only the JSON result.
  const logger = createLogger(config.LOG_LEVEL, process.stderr);
  const database = await openDatabase(config, logger);
  try {
    const result = await work(createServices({ logger, config }).ingestion);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } finally {
    await database.close();
  }
}

function requiredString(value: string | boolean | undefined, name: string): string {
  if (typeof value !== 'string' || value === '') throw new CliUsageError(`--${name} is required`);
  return value;
}

/** `ingest run --source NAME`: one run now, under the same lease as scheduled runs; exit 1 when it fails. */
export async function runIngestRun(argv: string[]): Promise<number> {
  const name = requiredString(parseFlags(argv, { source: { type: 'string' } }).source, 'source');
  let failed = false;
  const code = await withIngestion(async (ingestion) => {
    const run = await ingestion.runNow(name, 'cli');
    failed = run.status !== 'succeeded';
    return run;
  });
  return failed ? 1 : code;
}

export async function runIngestSources(argv: string[]): Promise<number> {
  parseFlags(argv, {});
  return withIngestion(async (ingestion) => (await ingestion.listSources()).map(toSourceView));
}

/** `ingest add --file source.json`: creates the source, or replaces its definition when it exists. */
export async function runIngestAdd(argv: string[]): Promise<number> {
  const file = requiredString(parseFlags(argv, { file: { type: 'string' } }).file, 'file');
  const input = JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown };
  return withIngestion(async (ingestion) => {
    const existing = typeof input.name === 'string' ? await ingestion.listSources().then((all) => all.find((s) => s.name === input.name)) : undefined;
    if (!existing) return toSourceView(await ingestion.createSource(input as never));
    const { name: _name, ...patch } = input as Record<string, unknown>;
    return toSourceView(await ingestion.updateSource(existing.name, patch));
  });
}

export async function runIngestRemove(argv: string[]): Promise<number> {
  const name = requiredString(parseFlags(argv, { source: { type: 'string' } }).source, 'source');
  return withIngestion(async (ingestion) => {
    await ingestion.deleteSource(name);
    return { removed: name };
  });
}
