import { z } from 'zod';

/**
 * The interchange records of CONTRACTS.md §1 as matching reads them from files and request bodies:
 * strict (unknown keys rejected, anything goes inside `extra`). Protected and employer data are
 * accepted so real records validate, and then dropped by `matchableCandidate` / `matchableVacancy`.
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'expected an ISO date (YYYY-MM-DD)');
const cefr = z.enum(['A1', 'A2', 'B1', 'B2', 'C1', 'C2']);
const languages = z.array(z.strictObject({ lang: z.string().min(2).max(3), level: cefr })).max(20);
const location = z.strictObject({
  comune: z.string().max(200).optional(),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
  remote: z.boolean().optional(),
});
const id = z.string().min(1).max(200);
const text = (max: number) => z.string().max(max);

export const matchVacancySchema = z.strictObject({
  id,
  title: text(500).min(1),
  description: text(20_000).optional(),
  lang: z.string().min(2).max(3).optional(),
  occupation: z.string().url().optional(),
  skills: z.array(z.strictObject({ uri: z.string().url(), essential: z.boolean().optional() })).max(500).optional(),
  location: location.optional(),
  languages: languages.optional(),
  drivingLicences: z.array(z.string().max(10)).max(20).optional(),
  contract: z.strictObject({
    type: z.enum(['permanent', 'fixed-term', 'seasonal', 'apprenticeship', 'internship', 'temporary-agency', 'other']).optional(),
    hoursPerWeek: z.number().min(0).max(80).optional(),
    monthlyGrossEur: z.number().min(0).optional(),
    ccnl: z.string().max(50).optional(),
  }).optional(),
  validFrom: isoDate.optional(),
  validThrough: isoDate.optional(),
  employer: z.strictObject({
    id: z.string().optional(), name: z.string().optional(), taxCode: z.string().optional(), ateco: z.string().optional(),
  }).optional(),
  extra: z.record(z.string(), z.unknown()).optional(),
});

export const matchCandidateSchema = z.strictObject({
  id,
  summary: text(20_000).optional(),
  lang: z.string().min(2).max(3).optional(),
  skills: z.array(z.strictObject({
    uri: z.string().url(),
    evidence: z.enum(['self-declared', 'assessed', 'validated', 'certified']).optional(),
  })).max(500).optional(),
  experiences: z.array(z.strictObject({
    title: text(500).optional(), occupation: z.string().url().optional(), years: z.number().min(0).max(70).optional(),
    description: text(10_000).optional(), country: z.string().max(3).optional(),
  })).max(50).optional(),
  qualifications: z.array(z.strictObject({
    title: text(500).optional(), country: z.string().max(3).optional(), eqfLevel: z.number().int().min(1).max(8).optional(),
    recognition: z.enum(['none', 'requested', 'recognised', 'not-needed']).optional(),
  })).max(50).optional(),
  languages: languages.optional(),
  location: location.omit({ remote: true }).optional(),
  mobilityKm: z.number().min(0).max(2000).optional(),
  drivingLicences: z.array(z.string().max(10)).max(20).optional(),
  workAuthorisation: z.strictObject({
    status: z.enum(['eu-citizen', 'permit', 'asylum-applicant', 'pending', 'none']),
    permitReason: z.string().max(20).optional(),
    validUntil: isoDate.optional(),
    applicationDate: isoDate.optional(),
  }).optional(),
  availableFrom: isoDate.optional(),
  preferences: z.strictObject({
    contractTypes: z.array(z.string()).max(10).optional(), maxHoursPerWeek: z.number().min(0).max(80).optional(),
  }).optional(),
  protected: z.strictObject({
    nationality: z.string().optional(), gender: z.string().optional(), birthYear: z.number().int().optional(),
    protectionStatus: z.string().optional(), vulnerability: z.array(z.string()).optional(),
  }).optional(),
  extra: z.record(z.string(), z.unknown()).optional(),
});

export type MatchVacancyInput = z.infer<typeof matchVacancySchema>;
export type MatchCandidateInput = z.infer<typeof matchCandidateSchema>;
