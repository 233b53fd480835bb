import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { loadConfig } from '../config/env.js';
import { createLogger, type Logger } from '../platform/logger.js';
import { openDatabase } from '../platform/db/database-runtime.js';
import { parseOrThrow } from '../platform/validation.js';
import { createServices, type Services } from '../services.js';
import { parseFiguresCsv, parseLabourFlowsCsv } from '../modules/demand/external-figures.js';
import type { AreaDemand, DemandRow } from '../modules/demand/demand.types.js';
import { parseFlags } from './args.js';

/** Opens the database the way src/main.ts does, runs the work, and always closes it. */
export async function withDatabase<T>(work: (services: Services, logger: Logger) => Promise<T>): Promise<T> {
  const config = loadConfig();
  // Logs go to stderr so stdout carries only the command's output.
  const logger = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, process.stderr);
  const database = await openDatabase(config, logger);
  try {
    return await work(createServices({ logger, config }), logger);
  } finally {
    await database.close();
  }
}

const reportOptions = z.strictObject({
  province: z.string().regex(/^[A-Za-z]{2}$/).transform((s) => s.toUpperCase()),
  top: z.coerce.number().int().min(1).max(200).default(15),
  refresh: z.boolean().default(false),
  json: z.boolean().default(false),
});

const row = (r: DemandRow): string =>
  `  ${String(r.active).padStart(4)}  ${r.newPerWeek.toFixed(1).padStart(5)}/wk  supply ${String(r.supply).padStart(4)}  ratio ${r.shortageRatio.toFixed(2).padStart(5)}  ` +
  `htf ${r.hardToFill.toFixed(2)}  ${r.trend.padEnd(7)}${r.emerging ? ' EMERGING' : ''}${r.green ? ' green' : ''}${r.digital ? ' digital' : ''}  ${r.label}`;

function printReport(area: AreaDemand, top: number): void {
  const out: string[] = [`Demand in ${area.code} on ${area.asOf}: ${area.activeVacancies} active vacancies, ${area.candidates} candidates within reach`, ''];
  out.push('Occupations (active, new per week, supply within reach, shortage ratio, hard-to-fill, trend):', ...area.occupations.slice(0, top).map(row), '');
  out.push('Skills:', ...area.skills.slice(0, top).map(row), '');
  out.push('Employers to contact (shortage occupations):', ...area.employersToContact.slice(0, top).map((e) => `  ${String(e.shortageVacancies).padStart(3)}  ${e.name} (ATECO ${e.ateco ?? '?'})`));
  process.stdout.write(`${out.join('\n')}\n`);
}

/** `demand report --province TO [--top N] [--refresh] [--json]` */
export async function runDemandReport(argv: string[]): Promise<number> {
  const options = parseOrThrow(reportOptions, parseFlags(argv, { province: { type: 'string' }, top: { type: 'string' }, refresh: { type: 'boolean' }, json: { type: 'boolean' } }), 'options');
  return withDatabase(async (services) => {
    const { demand } = services.demandAndTraining;
    let area = await demand.areaDemand('province', options.province);
    if (!area || options.refresh) {
      await demand.refresh();
      area = await demand.areaDemand('province', options.province);
    }
    if (!area) {
      process.stderr.write(`prima: no vacancies in province ${options.province}\n`);
      return 1;
    }
    if (options.json) process.stdout.write(`${JSON.stringify(area)}\n`);
    else printReport(area, options.top);
    return 0;
  });
}

const importOptions = z.strictObject({ file: z.string().min(1), format: z.enum(['labour-flows', 'figures']), source: z.string().min(1).max(200) });

/** `demand import --file F --format labour-flows|figures --source NAME`: external demand figures, stored with source and period. */
export async function runDemandImport(argv: string[]): Promise<number> {
  const options = parseOrThrow(importOptions, parseFlags(argv, { file: { type: 'string' }, format: { type: 'string' }, source: { type: 'string' } }), 'options');
  const text = readFileSync(options.file, 'utf8');
  const parsed = options.format === 'labour-flows' ? parseLabourFlowsCsv(text, options.source) : parseFiguresCsv(text, { source: options.source });
  for (const e of parsed.errors) process.stderr.write(`line ${e.line}: ${e.message}\n`);
  const stored = await withDatabase((services) => services.demandAndTraining.demand.importFigures(parsed.figures));
  process.stdout.write(`${JSON.stringify({ imported: stored, errors: parsed.errors.length })}\n`);
  return parsed.errors.length > 0 && stored === 0 ? 1 : 0;
}
