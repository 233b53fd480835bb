import { readFileSync } from 'node:fs';
import { z } from 'zod';
import defaultRules from './risk-rules.json' with { type: 'json' };

const rulesSchema = z.strictObject({
  note: z.string(),
  payFloors: z.array(
    z.strictObject({
      id: z.string().min(1),
      label: z.string(),
      ccnl: z.array(z.string()),
      atecoPrefixes: z.array(z.string()),
      minHourlyGrossEur: z.number().positive(),
    }),
  ),
  caporalatoSectors: z.strictObject({ atecoPrefixes: z.array(z.string()), occupationIscoPrefixes: z.array(z.string()), why: z.string() }),
  patterns: z.array(z.strictObject({ id: z.string().min(1), label: z.string(), pattern: z.string().min(1) })),
});
export type RiskRules = z.infer<typeof rulesSchema>;

/**
 * Reads the review rules (pay floors, caporalato sectors and patterns) from data, failing fast on a
 * typo; `file` replaces the shipped risk-rules.json, e.g. with a region's own floors.
 */
export function loadRiskRules(file?: string): RiskRules {
  const raw: unknown = file ? JSON.parse(readFileSync(file, 'utf8')) : defaultRules;
  const rules = rulesSchema.parse(raw);
  for (const p of rules.patterns) new RegExp(p.pattern, 'i');
  return rules;
}
