import { z } from 'zod';
import { candidateRecordSchema } from '../candidates/candidate.schema.js';
import { vacancyRecordSchema } from '../vacancies/vacancy.schema.js';
import { decisionStatuses } from './match-decision.model.js';

const booleanParam = z.enum(['true', 'false']).transform((v) => v === 'true');

export const matchListQuerySchema = z.strictObject({
  top: z.coerce.number().int().min(1).max(100).default(10),
  province: z.string().regex(/^[A-Za-z]{2}$/, 'must be a two-letter province abbreviation').transform((s) => s.toUpperCase()).optional(),
  explain: z.enum(['eligible', 'all']).default('eligible').meta({ description: '"all" also lists ineligible pairs with the reason' }),
  hideDecided: booleanParam.default(false).meta({ description: 'Leave out pairs that already have a decision', override: { type: 'string' } }),
  lang: z.enum(['it', 'en', 'fr', 'es', 'ar']).default('it').meta({ description: 'Language of skill labels' }),
});
export type MatchListQuery = z.output<typeof matchListQuerySchema>;

export const matchIdParams = z.strictObject({ id: z.string().regex(/^[0-9a-f]{24}$/, 'must be an id of 24 hexadecimal characters') });

/** An unstored profile: exactly one of a candidate (gets vacancies) or a vacancy (gets candidates). */
export const matchProfileBodySchema = z
  .strictObject({
    candidate: candidateRecordSchema.optional(),
    vacancy: vacancyRecordSchema.optional(),
    top: z.number().int().min(1).max(100).default(10),
    province: z.string().regex(/^[A-Za-z]{2}$/).transform((s) => s.toUpperCase()).optional(),
    explain: z.enum(['eligible', 'all']).default('eligible'),
    lang: z.enum(['it', 'en', 'fr', 'es', 'ar']).default('it'),
  })
  .refine((b) => (b.candidate === undefined) !== (b.vacancy === undefined), { message: 'give exactly one of candidate or vacancy', path: ['candidate'] })
  .meta({ id: 'MatchProfileRequest' });

const component = z.object({ value: z.number(), weight: z.number() });
export const matchRowSchema = z
  .object({
    vacancyId: z.string(),
    candidateId: z.string(),
    score: z.number().meta({ description: '0–100, higher is better' }),
    eligible: z.boolean(),
    ineligibleReasons: z.array(z.string()).optional(),
    breakdown: z.record(z.string(), component),
    matchedSkills: z.array(z.object({ uri: z.string(), label: z.string(), essential: z.boolean(), via: z.string() })),
    missingSkills: z.array(z.object({ uri: z.string(), label: z.string() })),
    occupationMatch: z.string(),
    languageGaps: z.array(z.object({ lang: z.string(), required: z.string(), candidate: z.string(), gap: z.number() })),
    distanceKm: z.number().nullable(),
    reasons: z.object({ it: z.array(z.string()), en: z.array(z.string()) }),
  })
  .meta({ id: 'Match' });
export const matchListSchema = z.object({ matches: z.array(matchRowSchema) });

export const decisionBodySchema = z
  .strictObject({
    candidateId: z.string().min(1).max(200),
    vacancyId: z.string().min(1).max(200),
    status: z.enum(decisionStatuses),
    reason: z.string().trim().min(1).max(1000).optional(),
  })
  .refine((d) => !['rejected', 'declined'].includes(d.status) || d.reason !== undefined, {
    message: 'a rejection or a refusal needs a reason', path: ['reason'],
  })
  .meta({ id: 'MatchDecisionRequest' });

export const decisionListQuerySchema = z
  .strictObject({ candidateId: z.string().min(1).max(200).optional(), vacancyId: z.string().min(1).max(200).optional() })
  .refine((q) => q.candidateId !== undefined || q.vacancyId !== undefined, { message: 'give candidateId and/or vacancyId', path: ['candidateId'] });

export const decisionSchema = z
  .object({
    id: z.string(), candidateId: z.string(), vacancyId: z.string(), status: z.enum(decisionStatuses), reason: z.string().optional(),
    decidedBy: z.string(), decidedAt: z.date().meta({ override: { type: 'string', format: 'date-time' } }),
  })
  .meta({ id: 'MatchDecision' });
export const decisionListSchema = z.object({ items: z.array(decisionSchema) });
