import type { CandidateProfile, VacancyProfile } from './match-profile.types.js';
import type { EligibilityRules } from './eligibility-rules.js';
import {
  exceedsPermitHours, outsidePermitContracts, resolveAuthorisation, windowMiss, type Authorisation, type StatusRefusal, type WindowMiss,
} from './work-authorisation.js';

export type IneligibilityReason =
  | 'vacancy-closed'
  | 'vacancy-expired'
  | StatusRefusal
  | WindowMiss
  | 'permit-hours-limit'
  | 'permit-contract-limit';

/** The vacancy side of the gate: open, and not past its closing date. */
export function vacancyOpenOn(vacancy: VacancyProfile, asOfDay: number): IneligibilityReason | undefined {
  if (!vacancy.open) return 'vacancy-closed';
  if (vacancy.validThroughDay !== undefined && vacancy.validThroughDay < asOfDay) return 'vacancy-expired';
  return undefined;
}

/** Whether the candidate may work in this vacancy's period, by the rules file (see work-authorisation.ts). */
export function eligibilityReasons(
  candidate: CandidateProfile,
  vacancy: VacancyProfile,
  rules: EligibilityRules,
  asOfDay: number,
): IneligibilityReason[] {
  const closed = vacancyOpenOn(vacancy, asOfDay);
  if (closed) return [closed];
  return authorisationReasons(resolveAuthorisation(candidate, rules), vacancy, rules, asOfDay);
}

/** The status's reason (refusal or missed window) first, then the permit's. */
function authorisationReasons(auth: Authorisation, vacancy: VacancyProfile, rules: EligibilityRules, asOfDay: number): IneligibilityReason[] {
  if (!auth.recorded) return auth.eligible ? [] : ['not-authorised'];
  const reasons: IneligibilityReason[] = [];
  const status = auth.refused ?? windowMiss(auth, vacancy, rules, asOfDay);
  if (status) reasons.push(status);
  const { permit } = auth;
  if (!permit) return reasons;
  if (!permit.eligible) reasons.push('not-authorised');
  else {
    if (exceedsPermitHours(permit, vacancy)) reasons.push('permit-hours-limit');
    if (outsidePermitContracts(permit, vacancy)) reasons.push('permit-contract-limit');
  }
  return reasons;
}

/**
 * True when no vacancy at all can be eligible for this candidate (not authorised, permit already
 * expired, a required date missing), so a query can answer at once instead of scanning everything.
 */
export function candidateBlockedEverywhere(candidate: CandidateProfile, rules: EligibilityRules, asOfDay: number): boolean {
  const auth = resolveAuthorisation(candidate, rules);
  if (!auth.recorded) return !auth.eligible;
  // A period never starts before today, so a window that ends before today misses every vacancy.
  return auth.refused !== undefined || auth.permit?.eligible === false || auth.workUntil < asOfDay;
}
