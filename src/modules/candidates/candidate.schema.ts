import { z } from 'zod';
import {
  comuneRef, contractType, countryCode, drivingLicence, escoOccupationUri, escoSkillUri, extra, hasBothOrNeitherCoordinate,
  isoDate, languageCode, languageRequirement, latitude, longitude, recordId, text, uniqueBy,
} from '../interchange/interchange-fields.js';

/** The Candidate interchange record, exactly as CONTRACTS.md §1: strict, anything goes inside `extra`. */
export const candidateSkillSchema = z.strictObject({
  uri: escoSkillUri,
  evidence: z.enum(['self-declared', 'assessed', 'validated', 'certified']).optional(),
});

export const experienceSchema = z.strictObject({
  title: text(500).optional(),
  occupation: escoOccupationUri.optional(),
  years: z.number().min(0).max(70).optional(),
  description: text(10_000).optional(),
  country: countryCode.optional(),
});

export const qualificationSchema = z.strictObject({
  title: text(500).optional(),
  country: countryCode.optional(),
  eqfLevel: z.number().int().min(1).max(8).optional(),
  recognition: z.enum(['none', 'requested', 'recognised', 'not-needed']).optional(),
});

export const workAuthorisationSchema = z.strictObject({
  status: z.enum(['eu-citizen', 'permit', 'asylum-applicant', 'pending', 'none']).optional(),
  permitReason: z.string().regex(/^[A-Z0-9]{5}$/, 'must be a TAB_MOTIVO_PERMESSO code such as LAVOR').optional(),
  validUntil: isoDate.optional(),
  applicationDate: isoDate.optional(),
});

/** Kept only for legally required eligibility rules and fairness audits; never reaches scoring. */
export const protectedAttributesSchema = z.strictObject({
  nationality: countryCode.optional(),
  gender: text(50).optional(),
  birthYear: z.number().int().min(1900).max(2100).optional(),
  protectionStatus: text(100).optional(),
  vulnerability: z.array(text(100)).max(20).optional(),
});

/** The fields as one object schema, so PATCH can reuse them as a partial. */
export const candidateRecordShape = z.strictObject({
  id: recordId,
  summary: text(20_000).optional(),
  lang: languageCode.optional(),
  skills: z.array(candidateSkillSchema).max(300).superRefine(uniqueBy((s) => s.uri, 'skill')).optional(),
  experiences: z.array(experienceSchema).max(50).optional(),
  qualifications: z.array(qualificationSchema).max(50).optional(),
  languages: z.array(languageRequirement).max(20).superRefine(uniqueBy((l) => l.lang, 'language')).optional(),
  location: z
    .strictObject({ comune: comuneRef.optional(), lat: latitude.optional(), lon: longitude.optional() })
    .refine(hasBothOrNeitherCoordinate, { message: 'lat and lon go together', path: ['lon'] })
    .optional(),
  mobilityKm: z.number().min(0).max(1000).optional(),
  drivingLicences: z.array(drivingLicence).max(20).optional(),
  workAuthorisation: workAuthorisationSchema.optional(),
  availableFrom: isoDate.optional(),
  preferences: z
    .strictObject({ contractTypes: z.array(contractType).max(10).optional(), maxHoursPerWeek: z.number().min(1).max(80).optional() })
    .optional(),
  protected: protectedAttributesSchema.optional(),
  extra: extra.optional(),
});

export const candidateRecordSchema = candidateRecordShape.meta({ id: 'Candidate' });

export type CandidateRecord = z.infer<typeof candidateRecordSchema>;
export type ProtectedAttributes = z.infer<typeof protectedAttributesSchema>;
