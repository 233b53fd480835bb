import type { CandidateProfile, VacancyProfile } from './match-profile.types.js';
import { toEpochDay } from './match-profile.types.js';
import type { EligibilityOutcome, EligibilityRules } from './eligibility-rules.js';

export type IneligibilityReason =
  | 'vacancy-closed'
  | 'vacancy-expired'
  | 'not-authorised'
  | 'permit-validity-missing'
  | 'application-date-missing'
  | 'permit-expires-before-start'
  | 'waiting-period-after-application'
  | 'permit-hours-limit'
  | 'permit-contract-limit';

export const FOREVER = Number.MAX_SAFE_INTEGER;

/** The vacancy side of the gate: open, and not past its closing date. */
export function vacancyOpenOn(vacancy: VacancyProfile, asOfDay: number): IneligibilityReason | undefined {
  if (!vacancy.open) return 'vacancy-closed';
  if (vacancy.validThroughDay !== undefined && vacancy.validThroughDay < asOfDay) return 'vacancy-expired';
  return undefined;
}

/**
 * Whether the candidate may work in this vacancy's period, by the rules file. The period runs from
 * max(today, validFrom) to validThrough; the authorisation window must overlap it by the minimum days.
 */
export function eligibilityReasons(
  candidate: CandidateProfile,
  vacancy: VacancyProfile,
  rules: EligibilityRules,
  asOfDay: number,
): IneligibilityReason[] {
  const closed = vacancyOpenOn(vacancy, asOfDay);
  if (closed) return [closed];
  const auth = candidate.authorisation;
  if (!auth?.status) return rules.missingAuthorisation.eligible ? [] : ['not-authorised'];
  const status = rules.statuses[auth.status];
  const permit = auth.status === 'permit' && auth.permitReason
    ? rules.permitReasons[auth.permitReason] ?? rules.defaultPermitReason
    : undefined;
  return [...statusReasons(status, auth, vacancy, rules, asOfDay), ...(permit ? permitLimits(permit, vacancy) : [])];
}

function statusReasons(
  status: EligibilityOutcome,
  auth: NonNullable<CandidateProfile['authorisation']>,
  vacancy: VacancyProfile,
  rules: EligibilityRules,
  asOfDay: number,
): IneligibilityReason[] {
  if (!status.eligible) return ['not-authorised'];
  const validUntil = toEpochDay(auth.validUntil);
  const applied = toEpochDay(auth.applicationDate);
  if (status.requiresValidUntil && validUntil === undefined) return ['permit-validity-missing'];
  if (status.requiresApplicationDate && applied === undefined) return ['application-date-missing'];
  const periodStart = Math.max(asOfDay, vacancy.validFromDay ?? asOfDay);
  const periodEnd = vacancy.validThroughDay ?? FOREVER;
  const workFrom = applied !== undefined && status.waitingDaysAfterApplication !== undefined
    ? applied + status.waitingDaysAfterApplication
    : -FOREVER;
  const workUntil = status.requiresValidUntil && validUntil !== undefined ? validUntil : FOREVER;
  const overlap = Math.min(periodEnd, workUntil) - Math.max(periodStart, workFrom) + 1;
  if (overlap >= rules.minimumOverlapDays) return [];
  return [workUntil < periodStart ? 'permit-expires-before-start' : 'waiting-period-after-application'];
}

function permitLimits(permit: EligibilityOutcome, vacancy: VacancyProfile): IneligibilityReason[] {
  if (!permit.eligible) return ['not-authorised'];
  const reasons: IneligibilityReason[] = [];
  if (permit.maxHoursPerWeek !== undefined && (vacancy.hoursPerWeek ?? 0) > permit.maxHoursPerWeek) reasons.push('permit-hours-limit');
  if (permit.contractTypes && !permit.contractTypes.includes(vacancy.contractType ?? '')) reasons.push('permit-contract-limit');
  return reasons;
}

/**
 * True when no vacancy at all can be eligible for this candidate (not authorised, permit already
 * expired, a required date missing), so a query can answer at once instead of scanning everything.
 */
export function candidateBlockedEverywhere(candidate: CandidateProfile, rules: EligibilityRules, asOfDay: number): boolean {
  const auth = candidate.authorisation;
  if (!auth?.status) return !rules.missingAuthorisation.eligible;
  const status = rules.statuses[auth.status];
  const permit = auth.status === 'permit' && auth.permitReason ? rules.permitReasons[auth.permitReason] ?? rules.defaultPermitReason : undefined;
  if (!status.eligible || permit?.eligible === false) return true;
  const validUntil = toEpochDay(auth.validUntil);
  if (status.requiresValidUntil && (validUntil === undefined || validUntil < asOfDay)) return true;
  return status.requiresApplicationDate === true && toEpochDay(auth.applicationDate) === undefined;
}
