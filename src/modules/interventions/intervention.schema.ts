import { z } from 'zod';
import { cefrLevel, contractType, escoOccupationUri, escoSkillUri, isoDate, recordId, text } from '../interchange/interchange-fields.js';
import { fundingLines, interventionOutcomes, interventionTypes, recognitionStatuses, type InterventionType } from './intervention.types.js';

/** CUP (Codice Unico di Progetto): 15 characters, e.g. J11B21001230006. Publicly funded lines must carry one. */
export const cupCode = /^[A-Z]\d{2}[A-Z]\d{11}$/;
const fundedByPublicProgramme = new Set(['fami-prima', 'fse-plus-regional', 'gol']);

export const workplaceSchema = z.strictObject({
  employerId: recordId.optional(),
  employerName: text(200).optional(),
  ateco: z.string().regex(/^\d{2}(\.\d{1,2}){0,2}$/, 'must be an ATECO 2007 code such as 87.30.00').optional(),
  occupation: escoOccupationUri.optional(),
  comune: z.string().regex(/^\d{6}$/, 'must be a six-digit ISTAT comune code').optional(),
});

const hours = z.number().min(0).max(5000);
const coveredSkills = z.array(escoSkillUri).min(1).max(100);

const detailsByType = {
  'reception-orientation': z.strictObject({}),
  'skills-assessment': z.strictObject({ skills: coveredSkills.optional() }),
  'competence-validation': z.strictObject({ skills: coveredSkills }),
  'competence-certification': z.strictObject({ skills: coveredSkills }),
  'italian-course': z.strictObject({ course: text(200).optional(), hours: hours.optional(), levelReached: cefrLevel.optional() }),
  'vocational-training': z.strictObject({ course: text(200).optional(), hours: hours.optional() }),
  'qualification-recognition': z.strictObject({ qualificationIndex: z.number().int().min(0).max(49), recognition: z.enum(recognitionStatuses) }),
  traineeship: z.strictObject({ workplace: workplaceSchema.optional(), hours: hours.optional() }),
  'job-proposal': z.strictObject({ vacancyId: recordId.optional(), workplace: workplaceSchema.optional(), response: z.enum(['accepted', 'declined', 'no-response']).optional() }),
  placement: z.strictObject({ contractType, vacancyId: recordId.optional(), workplace: workplaceSchema.optional(), hours: hours.optional() }),
} satisfies Record<InterventionType, z.ZodType>;

const commonShape = {
  startDate: isoDate,
  endDate: isoDate.optional(),
  provider: text(200).trim().min(1, 'must name who delivered the service'),
  staffId: recordId.optional().meta({ description: 'Staff member responsible; defaults to the caller' }),
  fundingLine: z.enum(fundingLines),
  projectCode: z.string().trim().min(1).max(40).regex(/^[A-Za-z0-9/._-]+$/, 'letters, digits and / . _ - only').optional(),
  outcome: z.enum(interventionOutcomes),
  notes: text(2000).optional(),
};

const variant = <T extends InterventionType>(type: T) =>
  z.strictObject({ type: z.literal(type), ...commonShape, details: detailsByType[type] });

export const newInterventionSchema = z
  .discriminatedUnion('type', interventionTypes.map(variant) as unknown as [ReturnType<typeof variant<'placement'>>, ...ReturnType<typeof variant<InterventionType>>[]])
  .superRefine((input, ctx) => {
    if (input.endDate && input.endDate < input.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'must not be before startDate' });
    if (fundedByPublicProgramme.has(input.fundingLine) && !cupCode.test(input.projectCode ?? '')) {
      ctx.addIssue({ code: 'custom', path: ['projectCode'], message: 'FAMI, FSE+ and GOL services need the project CUP (15 characters, e.g. J11B21001230006)' });
    }
  })
  .meta({ id: 'NewIntervention' });

export type NewInterventionInput = z.infer<typeof newInterventionSchema>;

export const candidateParams = z.strictObject({ id: recordId });

export const interventionListQuery = z.strictObject({
  centreId: recordId.optional(),
  candidateId: recordId.optional(),
  type: z.enum(interventionTypes).optional(),
  fundingLine: z.enum(fundingLines).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export type InterventionListQuery = z.infer<typeof interventionListQuery>;
