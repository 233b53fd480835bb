import { createInterface } from 'node:readline';
import { z } from 'zod';
import { buildFairnessReport, type FairnessRecord } from '../modules/audit/fairness/fairness.report.js';
import { intFlag, parseFlags } from './args.js';

const line = z.strictObject({
  id: z.union([z.string(), z.number()]).optional(),
  protected: z.object({
    nationality: z.string().optional(),
    gender: z.string().optional(),
    birthYear: z.number().int().optional(),
    protectionStatus: z.string().optional(),
  }),
  score: z.number().min(0).max(100).optional(),
  recommended: z.boolean(),
  placed: z.boolean(),
});

/**
 * `audit fairness [--k N] [--reference-year Y]`: reads one candidate outcome per line
 * ({id?, protected, score?, recommended, placed}) and writes the report as the last line; a malformed
 * line becomes {"id", "error"} and is left out of the report.
 */
export async function runAuditFairness(argv: string[]): Promise<number> {
  const flags = parseFlags(argv, { k: { type: 'string' }, 'reference-year': { type: 'string' } });
  const minGroupSize = intFlag(flags.k, 'k', 10);
  const referenceYear = intFlag(flags['reference-year'], 'reference-year', new Date().getUTCFullYear(), 3000);
  const records: FairnessRecord[] = [];
  for await (const text of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (text.trim() === '') continue;
    let id: unknown = null;
    try {
      const value: unknown = JSON.parse(text);
      id = (value as { id?: unknown } | null)?.id ?? null;
      const { protected: attributes, score, recommended, placed } = line.parse(value);
      records.push({ protected: attributes, recommended, placed, ...(score !== undefined ? { score } : {}) });
    } catch (err) {
      const error = err instanceof z.ZodError ? err.issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`).join('; ') : err instanceof Error ? err.message : String(err);
      process.stdout.write(`${JSON.stringify({ id, error })}\n`);
    }
  }
  process.stdout.write(`${JSON.stringify(buildFairnessReport(records, { minGroupSize, referenceYear }))}\n`);
  return 0;
}
