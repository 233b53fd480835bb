import { parse } from 'csv-parse/sync';
import { courseInputSchema, type CourseInput } from './course.schema.js';

export interface ParsedCourses {
  courses: CourseInput[];
  errors: { line: number; path: string; message: string }[];
}

const numberColumns = new Set(['hours', 'hoursPerWeek', 'seats', 'costEur']);

/** One CSV row → a course input: "|" separates list cells, `comune`/`online` fill the location. */
function csvRowToCourse(row: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [column, raw] of Object.entries(row)) {
    const cell = raw.trim();
    if (cell === '' || column === 'comune' || column === 'online') continue;
    if (column === 'skills') out.skills = cell.split('|').map((s) => s.trim()).filter(Boolean);
    else out[column] = numberColumns.has(column) ? Number(cell.replace(',', '.')) : cell;
  }
  const online = /^(true|1|si|sì|yes)$/i.test(row.online?.trim() ?? '');
  out.location = { online, ...(row.comune?.trim() ? { comune: row.comune.trim() } : {}) };
  return out;
}

function rowsOf(format: 'json' | 'jsonl' | 'csv', content: string): { line: number; value: unknown }[] {
  if (format === 'csv') {
    const rows = parse(content, { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
    return rows.map((row, i) => ({ line: i + 2, value: csvRowToCourse(row) }));
  }
  if (format === 'jsonl') {
    return content.split('\n').map((text, i) => ({ line: i + 1, text })).filter((l) => l.text.trim() !== '')
      .map(({ line, text }) => ({ line, value: safeJson(text) }));
  }
  const parsed = safeJson(content);
  const list = Array.isArray(parsed) ? parsed : (parsed as { courses?: unknown })?.courses;
  return Array.isArray(list) ? list.map((value, i) => ({ line: i + 1, value })) : [{ line: 1, value: parsed }];
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return { __malformed: text.slice(0, 40) };
  }
}

/** Parses a course file; every row is checked with the same zod schema as the API, errors by line. */
export function parseCourseFile(format: 'json' | 'jsonl' | 'csv', content: string): ParsedCourses {
  const result: ParsedCourses = { courses: [], errors: [] };
  let rows: { line: number; value: unknown }[];
  try {
    rows = rowsOf(format, content);
  } catch (err) {
    return { courses: [], errors: [{ line: 0, path: '(file)', message: err instanceof Error ? err.message : String(err) }] };
  }
  for (const { line, value } of rows) {
    const parsed = courseInputSchema.safeParse(value);
    if (parsed.success) result.courses.push(parsed.data);
    else for (const issue of parsed.error.issues.slice(0, 3)) result.errors.push({ line, path: issue.path.join('.') || '(row)', message: issue.message });
  }
  return result;
}
