import { z } from 'zod';
import { escoOccupationUri, isoDate, text } from '../interchange/interchange-fields.js';
import { cursorParam, limitParam, pageSchemaOf, updatedSinceParam } from '../../platform/pagination.js';
import { consentPurposes } from '../privacy/consent.model.js';
import { candidateRecordSchema, candidateRecordShape } from './candidate.schema.js';

const idPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const idMessage = 'must be 1-64 letters, digits, dots, dashes or underscores';

export const candidateId = z.string().regex(idPattern, idMessage);
export const candidateIdParams = z.strictObject({ id: candidateId });

/** Personal and contact data: stored apart from the matching profile, never scored, never logged. */
export const candidateIdentitySchema = z
  .strictObject({
    givenName: text(200).trim().min(1).optional(),
    familyName: text(200).trim().min(1).optional(),
    email: z.email('must be an e-mail address').max(254).optional(),
    phone: z.string().regex(/^\+?[0-9 ()./-]{5,30}$/, 'must be a phone number').optional(),
    address: text(500).optional(),
  })
  .meta({ id: 'CandidateIdentity' });
export type CandidateIdentity = z.infer<typeof candidateIdentitySchema>;

export const consentInputSchema = z.strictObject({
  purpose: z.enum(consentPurposes),
  date: isoDate,
  recordedBy: text(200).trim().min(1),
});
export type ConsentInput = z.infer<typeof consentInputSchema>;

/** A registration: the interchange record plus what must never sit inside it. */
export const candidateCreateSchema = z
  .strictObject({
    candidate: candidateRecordSchema.refine((c) => idPattern.test(c.id), { message: `id ${idMessage}`, path: ['id'] }),
    identity: candidateIdentitySchema.optional(),
    centreId: z.string().regex(idPattern, idMessage).optional(),
    consents: z.array(consentInputSchema).max(20).default([]),
  })
  .meta({ id: 'CandidateRegistration' });
export type CandidateCreate = z.output<typeof candidateCreateSchema>;

export const candidatePatchSchema = candidateRecordShape.omit({ id: true }).partial().meta({ id: 'CandidatePatch' });
export type CandidatePatch = z.output<typeof candidatePatchSchema>;

export const candidateResourceSchema = z
  .object({
    id: z.string(),
    centreId: z.string().optional(),
    record: candidateRecordSchema,
    location: z
      .object({ istat: z.string(), comune: z.string(), provinceCode: z.string(), provinceAbbrev: z.string(), regionCode: z.string(), lat: z.number(), lon: z.number() })
      .partial()
      .optional(),
    createdAt: z.date().meta({ override: { type: 'string', format: 'date-time' } }),
    updatedAt: z.date().meta({ override: { type: 'string', format: 'date-time' } }),
  })
  .meta({ id: 'CandidateResource' });
export type Candidate = z.infer<typeof candidateResourceSchema>;

export const candidateListQuerySchema = z.strictObject({
  province: z.string().regex(/^[A-Za-z]{2}$/, 'must be a two-letter province abbreviation').transform((s) => s.toUpperCase()).optional(),
  occupation: escoOccupationUri.optional().meta({ description: 'ESCO occupation of any past experience' }),
  centre: z.string().regex(idPattern, idMessage).optional(),
  updatedSince: updatedSinceParam.optional(),
  cursor: cursorParam.optional(),
  limit: limitParam,
});
export type CandidateListQuery = z.output<typeof candidateListQuerySchema>;

export const candidatePageSchema = pageSchemaOf(candidateResourceSchema).meta({ description: 'Matching profiles; the protected block is left out of lists' });
