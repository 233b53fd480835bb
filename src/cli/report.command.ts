import { loadConfig } from '../config/env.js';
import { createLogger } from '../platform/logger.js';
import { openDatabase } from '../platform/db/database-runtime.js';
import { parseOrThrow } from '../platform/validation.js';
import { createServices } from '../services.js';
import { indicatorQuery } from '../modules/reporting/reporting.schema.js';
import { indicatorsToCsv } from '../modules/reporting/indicator-export.js';
import { parseFlags } from './args.js';

const flags = { level: { type: 'string' }, code: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, format: { type: 'string' } } as const;

/**
 * `report indicators --level region --code 01 --from 2026-01-01 --to 2026-12-31 [--format csv|json]`.
 * Unlike the offline commands this one reads the database; the operator running it on the server is
 * trusted with every unit, and the same suppression applies as over the API.
 */
export async function runReportIndicators(argv: string[]): Promise<number> {
  const request = parseOrThrow(indicatorQuery, parseFlags(argv, flags), 'options');
  const config = loadConfig();
  // Logs go to stderr so stdout carries only the export.
  const logger = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, process.stderr);
  const database = await openDatabase(config, logger);
  try {
    const { format, ...unit } = request;
    const report = await createServices({ logger, config }).reporting.indicatorReport(undefined, unit);
    process.stdout.write(format === 'csv' ? indicatorsToCsv(report) : `${JSON.stringify(report, null, 2)}\n`);
    return 0;
  } finally {
    await database.close();
  }
}
