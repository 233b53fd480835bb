import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

export function readCsvRows(file: string): Record<string, string>[] {
  return parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, relax_column_count: true }) as Record<string, string>[];
}

export function formatMetric(value: number): string {
  return value.toFixed(3);
}
