import type { CandidateProfile, VacancyProfile } from './match-profile.types.js';
import { toEpochDay } from './match-profile.types.js';
import type { EligibilityOutcome, EligibilityRules } from './eligibility-rules.js';

export const FOREVER = Number.MAX_SAFE_INTEGER;

/** Why the status alone rules out every vacancy. */
export type StatusRefusal = 'not-authorised' | 'permit-validity-missing' | 'application-date-missing';
/** Why the days the candidate may work miss a vacancy's period. */
export type WindowMiss = 'permit-expires-before-start' | 'waiting-period-after-application';

/**
 * A candidate's authorisation read through the rules file, once, before any vacancy is looked at:
 * the one place that decides what a status and a permit allow. Unrecorded, the rules' default decides
 * alone (no dates, no permit limits). Recorded, work is allowed from `workFrom` to `workUntil` (days)
 * unless the status refuses it, and within the permit's limits when there is a permit.
 */
export type Authorisation =
  | { recorded: false; eligible: boolean }
  | { recorded: true; refused: StatusRefusal | undefined; workFrom: number; workUntil: number; permit: EligibilityOutcome | undefined };

export function resolveAuthorisation(candidate: CandidateProfile, rules: EligibilityRules): Authorisation {
  const auth = candidate.authorisation;
  if (!auth?.status) return { recorded: false, eligible: rules.missingAuthorisation.eligible };
  const status = rules.statuses[auth.status];
  const validUntil = toEpochDay(auth.validUntil);
  const applied = toEpochDay(auth.applicationDate);
  return {
    recorded: true,
    refused: statusRefusal(status, validUntil, applied),
    workFrom: applied !== undefined && status.waitingDaysAfterApplication !== undefined ? applied + status.waitingDaysAfterApplication : -FOREVER,
    workUntil: status.requiresValidUntil && validUntil !== undefined ? validUntil : FOREVER,
    permit: auth.status === 'permit' && auth.permitReason ? rules.permitReasons[auth.permitReason] ?? rules.defaultPermitReason : undefined,
  };
}

function statusRefusal(status: EligibilityOutcome, validUntil: number | undefined, applied: number | undefined): StatusRefusal | undefined {
  if (!status.eligible) return 'not-authorised';
  if (status.requiresValidUntil && validUntil === undefined) return 'permit-validity-missing';
  if (status.requiresApplicationDate && applied === undefined) return 'application-date-missing';
  return undefined;
}

/**
 * The vacancy's period runs from max(today, validFrom) to validThrough; the days the candidate may work
 * must overlap it by the rules' minimum. Returns why not, or undefined when they do.
 */
export function windowMiss(
  window: { workFrom: number; workUntil: number },
  vacancy: VacancyProfile,
  rules: EligibilityRules,
  asOfDay: number,
): WindowMiss | undefined {
  const periodStart = Math.max(asOfDay, vacancy.validFromDay ?? asOfDay);
  const overlap = Math.min(vacancy.validThroughDay ?? FOREVER, window.workUntil) - Math.max(periodStart, window.workFrom) + 1;
  if (overlap >= rules.minimumOverlapDays) return undefined;
  return window.workUntil < periodStart ? 'permit-expires-before-start' : 'waiting-period-after-application';
}

export const exceedsPermitHours = (permit: EligibilityOutcome, vacancy: VacancyProfile): boolean =>
  permit.maxHoursPerWeek !== undefined && (vacancy.hoursPerWeek ?? 0) > permit.maxHoursPerWeek;

export const outsidePermitContracts = (permit: EligibilityOutcome, vacancy: VacancyProfile): boolean =>
  permit.contractTypes !== undefined && !permit.contractTypes.includes(vacancy.contractType ?? '');
