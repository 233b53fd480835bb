import type { IndicatorRow, ReportPeriod } from './indicator.types.js';
import type { GovernanceUnit } from './governance-hierarchy.js';

export interface IndicatorReport {
  level: GovernanceUnit['level'];
  code: string;
  name: string;
  period: ReportPeriod;
  threshold: number;
  generatedAt: string;
  rows: IndicatorRow[];
}

const columns = ['level', 'code', 'from', 'to', 'indicator', 'breakdown', 'category', 'esco_uri', 'cp2011_code', 'ateco_code', 'istat_code', 'unit_code', 'value'] as const;

/** RFC 4180 quoting; a leading = + - @ is defused so a spreadsheet never runs a cell as a formula. */
function csvField(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function indicatorsToCsv(report: IndicatorReport): string {
  const hiddenMark = `<${report.threshold}`;
  const lines = report.rows.map((row) =>
    [
      report.level, report.code, report.period.from, report.period.to, row.indicator, row.breakdown, row.category,
      row.codes?.esco ?? '', row.codes?.cp2011 ?? '', row.codes?.ateco ?? '', row.codes?.istat ?? '', row.codes?.unit ?? '',
      row.suppressed ? hiddenMark : row.value === null ? '' : String(row.value),
    ].map(csvField).join(','),
  );
  return `${[columns.join(','), ...lines].join('\r\n')}\r\n`;
}
