import { z } from 'zod';
import {
  comuneRef, contractType, drivingLicence, escoOccupationUri, escoSkillUri, extra, hasBothOrNeitherCoordinate,
  isoDate, languageCode, languageRequirement, latitude, longitude, recordId, text, uniqueBy,
} from '../interchange/interchange-fields.js';

/** The Vacancy interchange record, exactly as CONTRACTS.md §1: strict, anything goes inside `extra`. */
export const vacancyLocationSchema = z
  .strictObject({ comune: comuneRef.optional(), lat: latitude.optional(), lon: longitude.optional(), remote: z.boolean().optional() })
  .refine(hasBothOrNeitherCoordinate, { message: 'lat and lon go together', path: ['lon'] });

export const vacancyContractSchema = z.strictObject({
  type: contractType.optional(),
  hoursPerWeek: z.number().min(1).max(80).optional(),
  monthlyGrossEur: z.number().min(0).max(100_000).optional(),
  ccnl: text(50).optional(),
});

export const vacancyEmployerSchema = z.strictObject({
  id: recordId.optional(),
  name: text(300).optional(),
  taxCode: text(20).optional(),
  ateco: text(10).optional(),
});

/** The fields without cross-field rules, so PATCH can reuse them as a partial. */
export const vacancyRecordShape = z.strictObject({
  id: recordId,
  title: text(500).trim().min(1, 'must not be empty'),
  description: text(20_000).optional(),
  lang: languageCode.optional(),
  occupation: escoOccupationUri.optional(),
  skills: z
    .array(z.strictObject({ uri: escoSkillUri, essential: z.boolean().optional() }))
    .max(300)
    .superRefine(uniqueBy((s) => s.uri, 'skill'))
    .optional(),
  location: vacancyLocationSchema.optional(),
  languages: z.array(languageRequirement).max(20).superRefine(uniqueBy((l) => l.lang, 'language')).optional(),
  drivingLicences: z.array(drivingLicence).max(20).optional(),
  contract: vacancyContractSchema.optional(),
  validFrom: isoDate.optional(),
  validThrough: isoDate.optional(),
  employer: vacancyEmployerSchema.optional(),
  extra: extra.optional(),
});

export const vacancyRecordSchema = vacancyRecordShape
  .refine((v) => !v.validFrom || !v.validThrough || v.validThrough >= v.validFrom, {
    message: 'validThrough must not be before validFrom',
    path: ['validThrough'],
  })
  .meta({ id: 'Vacancy' });

export type VacancyRecord = z.infer<typeof vacancyRecordSchema>;

export const vacancyIdParams = z.strictObject({
  id: z.string().regex(/^[0-9a-f]{24}$/, 'must be a vacancy id (24 hexadecimal characters)'),
});
