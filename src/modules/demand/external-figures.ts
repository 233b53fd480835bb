import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';

/** A demand figure from outside the system, e.g. contract starts in a region in a quarter. */
export const externalFigureSchema = z.strictObject({
  source: z.string().min(1).max(200),
  period: z.string().min(4).max(20),
  periodStart: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  scope: z.enum(['country', 'region', 'province']),
  area: z.string().min(1).max(100),
  indicator: z.string().min(1).max(100),
  value: z.number().finite(),
  sector: z.string().max(100).optional(),
  occupation: z.string().max(300).optional(),
});
export type ExternalFigure = z.infer<typeof externalFigureSchema>;

/** Re-importing the same source and period replaces figures instead of doubling them. */
export function externalFigureId(f: ExternalFigure): string {
  const key = [f.source, f.period, f.scope, f.area, f.indicator, f.sector ?? '', f.occupation ?? ''].join('|');
  return createHash('sha1').update(key).digest('hex');
}

export interface ParsedFigures {
  figures: ExternalFigure[];
  errors: { line: number; message: string }[];
}

const labourFlowRow = z.object({
  regione: z.string().min(1),
  anno: z.coerce.number().int().min(2000).max(2100),
  trimestre: z.coerce.number().int().min(1).max(4),
  flusso: z.enum(['avviamenti', 'cessazioni', 'attivazioni', 'trasformazioni']),
  rapporti: z.coerce.number().finite(),
  lavoratori: z.coerce.number().finite(),
  data_inizio_trimestre: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

/**
 * The Ministry of Labour's quarterly hiring notifications by region (golDatasets' CSV): each row gives
 * contracts and workers for starts (avviamenti) or terminations (cessazioni) in a region and quarter.
 */
export function parseLabourFlowsCsv(text: string, source: string): ParsedFigures {
  const rows = parse(text, { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
  const result: ParsedFigures = { figures: [], errors: [] };
  rows.forEach((raw, i) => {
    const row = labourFlowRow.safeParse(raw);
    if (!row.success) {
      result.errors.push({ line: i + 2, message: row.error.issues[0]?.message ?? 'invalid row' });
      return;
    }
    const { regione, anno, trimestre, flusso, rapporti, lavoratori, data_inizio_trimestre } = row.data;
    const base = { source, period: `${anno}-Q${trimestre}`, periodStart: data_inizio_trimestre, scope: 'region' as const, area: regione };
    result.figures.push({ ...base, indicator: `${flusso}.rapporti`, value: rapporti }, { ...base, indicator: `${flusso}.lavoratori`, value: lavoratori });
  });
  return result;
}

/** Generic forecast tables: one figure per row, columns named like the figure's fields (value as a number). */
export function parseFiguresCsv(text: string, defaults: { source: string }): ParsedFigures {
  const rows = parse(text, { columns: true, bom: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
  const result: ParsedFigures = { figures: [], errors: [] };
  rows.forEach((raw, i) => {
    const cells = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== ''));
    const candidate = { source: defaults.source, ...cells, value: cells.value === undefined ? undefined : Number(cells.value) };
    const parsed = externalFigureSchema.safeParse(candidate);
    if (parsed.success) result.figures.push(parsed.data);
    else result.errors.push({ line: i + 2, message: `${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}` });
  });
  return result;
}
