import { z } from 'zod';
import { comuneRef, text } from '../interchange/interchange-fields.js';
import { cursorParam, limitParam, pageSchemaOf, updatedSinceParam } from '../../platform/pagination.js';
import { normaliseTaxCode, taxCodeKind } from './tax-code.js';

export const employerId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'must be 1-64 letters, digits, dots, dashes or underscores')
  .meta({ example: 'demo-emp-0001' });

export const employerIdParams = z.strictObject({ id: employerId });

export const taxCodeField = z
  .string()
  .max(20)
  .transform(normaliseTaxCode)
  .refine((code) => taxCodeKind(code) !== undefined, {
    message: 'must be a valid codice fiscale (16 characters) or partita IVA (11 digits) with its check character',
  })
  .meta({ example: '00743110157' });

export const employerSiteInput = z.strictObject({ name: text(200).optional(), comune: comuneRef });

export const employerInputSchema = z
  .strictObject({
    id: employerId.optional(),
    name: text(300).trim().min(1, 'must not be empty'),
    taxCode: taxCodeField,
    ateco: z.string().trim().max(10).meta({ description: 'ATECO 2007 code at any level, e.g. "56.10.11"', example: '56.10.11' }),
    sites: z.array(employerSiteInput).max(100).default([]),
  })
  .meta({ id: 'EmployerInput' });
export type EmployerInput = z.output<typeof employerInputSchema>;

export const employerPatchSchema = employerInputSchema.omit({ id: true }).partial().meta({ id: 'EmployerPatch' });
export type EmployerPatch = z.output<typeof employerPatchSchema>;

export const resolvedPlaceSchema = z.object({
  istat: z.string(),
  name: z.string(),
  provinceCode: z.string(),
  provinceAbbrev: z.string(),
  regionCode: z.string(),
  lat: z.number(),
  lon: z.number(),
});
export type ResolvedPlace = z.infer<typeof resolvedPlaceSchema>;

export const employerSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    taxCode: z.string(),
    taxCodeKind: z.enum(['person', 'company']),
    ateco: z.string(),
    sites: z.array(z.object({ name: z.string().optional(), comune: resolvedPlaceSchema })),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Employer' });
export type Employer = z.infer<typeof employerSchema>;

export const employerListQuerySchema = z.strictObject({
  province: z.string().regex(/^[A-Za-z]{2}$/, 'must be a two-letter province abbreviation').transform((s) => s.toUpperCase()).optional(),
  updatedSince: updatedSinceParam.optional(),
  cursor: cursorParam.optional(),
  limit: limitParam,
});
export type EmployerListQuery = z.output<typeof employerListQuerySchema>;

export const employerPageSchema = pageSchemaOf(employerSchema);
