import { z } from 'zod';

export const runListQuerySchema = z.strictObject({ limit: z.coerce.number().int().min(1).max(200).default(20) });
export const runTriggerQuerySchema = z.strictObject({ wait: z.enum(['true', 'false']).default('true') });
export const runIdParamsSchema = z.strictObject({ id: z.string().regex(/^[0-9a-f]{24}$/, 'must be a run id') });
export const quarantineIdParamsSchema = z.strictObject({ id: z.string().regex(/^[0-9a-f]{24}$/, 'must be a quarantine id') });
export const quarantineListQuerySchema = z.strictObject({
  source: z.string().min(1).max(63).optional(),
  status: z.enum(['open', 'replayed', 'discarded']).default('open'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export const anyJsonSchema = z.unknown();
export const runResourceSchema = z.object({ id: z.string(), source: z.string(), status: z.string(), counts: z.record(z.string(), z.number()), timings: z.record(z.string(), z.number()) }).meta({ id: 'IngestionRun' });
