import { z } from 'zod';
import rulesJson from './eligibility-rules.json' with { type: 'json' };

/**
 * Who may work, and for how long, is law that changes by decree: it lives in eligibility-rules.json,
 * validated here, so a rule change is a data change reviewed by staff and not a code change.
 */
const outcome = z.strictObject({
  eligible: z.boolean(),
  note: z.string().optional(),
  requiresValidUntil: z.boolean().optional(),
  requiresApplicationDate: z.boolean().optional(),
  waitingDaysAfterApplication: z.number().int().min(0).optional(),
  maxHoursPerWeek: z.number().positive().optional(),
  contractTypes: z.array(z.string()).optional(),
});

export const eligibilityRulesSchema = z.strictObject({
  version: z.string(),
  source: z.string(),
  minimumOverlapDays: z.number().int().min(1),
  missingAuthorisation: outcome,
  statuses: z.strictObject({
    'eu-citizen': outcome,
    permit: outcome,
    'asylum-applicant': outcome,
    pending: outcome,
    none: outcome,
  }),
  permitReasons: z.record(z.string(), outcome),
  defaultPermitReason: outcome,
});

export type EligibilityRules = z.infer<typeof eligibilityRulesSchema>;
export type EligibilityOutcome = z.infer<typeof outcome>;

export const defaultEligibilityRules: EligibilityRules = eligibilityRulesSchema.parse(rulesJson);
