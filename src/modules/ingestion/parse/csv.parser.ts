import { parse } from 'csv-parse';
import type { Readable } from 'node:stream';
import { toIsoDate } from '../normalise/dates.js';
import { parseHoursPerWeek, toNumber } from '../normalise/pay.js';
import { pruneEmpty, writePath } from './object-path.js';
import type { RawRecord } from './raw-record.js';

const numericFields = new Set(['location.lat', 'location.lon', 'contract.monthlyGrossEur']);
const dateFields = new Set(['validFrom', 'validThrough']);
/** Lists inside one CSV cell are separated by "|" (never "," or ";", which are also column delimiters). */
const splitList = (cell: string): string[] => cell.split('|').map((s) => s.trim()).filter((s) => s !== '');

function convertCell(field: string, cell: string): unknown {
  if (cell.trim() === '') return undefined;
  if (numericFields.has(field)) return toNumber(cell) ?? cell;
  if (field === 'contract.hoursPerWeek') return parseHoursPerWeek(cell) ?? cell;
  if (dateFields.has(field)) return toIsoDate(cell) ?? cell;
  if (field === 'location.remote') return /^(true|1|si|sì|yes)$/i.test(cell.trim());
  if (field === 'drivingLicences') return splitList(cell);
  if (field === 'skills') return splitList(cell).map((uri) => ({ uri }));
  if (field === 'languages') return splitList(cell).map((pair) => ({ lang: pair.split(':')[0], level: pair.split(':')[1] }));
  return cell.trim();
}

/** Interchange field → column: the source's mapping, or columns already named like interchange fields. */
export function csvRowToRecord(row: Record<string, string>, fieldMapping: Record<string, string>): Record<string, unknown> {
  const mapping = Object.keys(fieldMapping).length > 0 ? fieldMapping : Object.fromEntries(Object.keys(row).map((c) => [c, c]));
  const record: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(mapping)) {
    const cell = row[column];
    if (cell !== undefined) writePath(record, field, convertCell(field, cell));
  }
  return pruneEmpty(record) as Record<string, unknown>;
}

/** Streams CSV rows as records; a row that cannot be read becomes a quarantined record, not a failed run. */
export async function* parseCsvStream(input: Readable, delimiter: string, fieldMapping: Record<string, string>): AsyncIterable<RawRecord> {
  const skipped: RawRecord[] = [];
  const parser = parse({ columns: true, bom: true, delimiter, skip_empty_lines: true, trim: false, skip_records_with_error: true, relax_column_count: false });
  parser.on('skip', (err: Error & { record?: unknown; raw?: string }) => {
    skipped.push({ raw: err.raw ?? err.record ?? null, readError: `CSV row unreadable: ${err.message.slice(0, 200)}` });
  });
  input.on('error', (err) => parser.destroy(err));
  input.pipe(parser);
  for await (const row of parser as AsyncIterable<Record<string, string>>) {
    while (skipped.length > 0) yield skipped.shift()!;
    yield { raw: row, candidate: csvRowToRecord(row, fieldMapping) };
  }
  while (skipped.length > 0) yield skipped.shift()!;
}
