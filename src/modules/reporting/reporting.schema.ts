import { z } from 'zod';
import { isoDate } from '../interchange/interchange-fields.js';
import { governanceLevels } from './governance-hierarchy.js';

export const indicatorQuery = z
  .strictObject({
    level: z.enum(governanceLevels),
    code: z.string().trim().min(1).max(64).regex(/^[\w.-]+$/, 'a centre id, ISTAT province code (001) or region code (01)'),
    from: isoDate,
    to: isoDate,
    format: z.enum(['json', 'csv']).default('json'),
  })
  .refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['to'] });

export type IndicatorQuery = z.infer<typeof indicatorQuery>;
