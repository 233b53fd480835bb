import { z } from 'zod';
import { escoOccupationUri } from '../interchange/interchange-fields.js';
import { cursorParam, limitParam, pageSchemaOf, updatedSinceParam } from '../../platform/pagination.js';
import { employerId } from '../employers/employer.schema.js';
import { vacancyStatuses } from './vacancy-status.js';
import { vacancyRecordSchema, vacancyRecordShape } from './vacancy.schema.js';

export const vacancyStatusSchema = z.enum(vacancyStatuses);

export const vacancyCreateQuerySchema = z.strictObject({
  status: z.enum(['draft', 'open']).default('open').meta({ description: 'Start as a draft, or open at once (default)' }),
});

/** Any subset of the record's fields (each replaced whole) and/or a status change. */
export const vacancyPatchSchema = vacancyRecordShape
  .omit({ id: true })
  .partial()
  .extend({ status: vacancyStatusSchema.optional() })
  .meta({ id: 'VacancyPatch' });
export type VacancyPatch = z.output<typeof vacancyPatchSchema>;

export const resolvedLocationSchema = z.object({
  istat: z.string().optional(),
  comune: z.string().optional(),
  provinceCode: z.string().optional(),
  provinceAbbrev: z.string().optional(),
  regionCode: z.string().optional(),
  lat: z.number().optional(),
  lon: z.number().optional(),
  remote: z.boolean().optional(),
});
export type ResolvedLocation = z.infer<typeof resolvedLocationSchema>;

export const vacancyResourceSchema = z
  .object({
    id: z.string(),
    source: z.string(),
    externalId: z.string(),
    status: vacancyStatusSchema,
    record: vacancyRecordSchema,
    employerId: z.string().optional(),
    location: resolvedLocationSchema.optional(),
    createdAt: z.date().meta({ override: { type: 'string', format: 'date-time' } }),
    updatedAt: z.date().meta({ override: { type: 'string', format: 'date-time' } }),
  })
  .meta({ id: 'VacancyResource' });
export type Vacancy = z.infer<typeof vacancyResourceSchema>;

export const vacancyListQuerySchema = z.strictObject({
  province: z.string().regex(/^[A-Za-z]{2}$/, 'must be a two-letter province abbreviation').transform((s) => s.toUpperCase()).optional(),
  status: vacancyStatusSchema.optional(),
  occupation: escoOccupationUri.optional(),
  employer: employerId.optional(),
  source: z.string().max(64).optional(),
  updatedSince: updatedSinceParam.optional(),
  cursor: cursorParam.optional(),
  limit: limitParam,
});
export type VacancyListQuery = z.output<typeof vacancyListQuerySchema>;

export const vacancyPageSchema = pageSchemaOf(vacancyResourceSchema);
