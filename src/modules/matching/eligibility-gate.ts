import type { CandidateProfile, VacancyProfile } from './match-profile.types.js';
import { toEpochDay } from './match-profile.types.js';
import type { EligibilityRules } from './eligibility-rules.js';
import { FOREVER, vacancyOpenOn } from './eligibility.js';

type Gate = (vacancy: VacancyProfile) => boolean;

/**
 * `eligibilityReasons(candidate, v).length === 0` for one candidate against many vacancies: the
 * candidate's side (status, dates, permit limits) is resolved once, so each vacancy costs a few
 * comparisons and no allocation. The engine filters with it before any scoring.
 */
export function eligibilityGate(candidate: CandidateProfile, rules: EligibilityRules, asOfDay: number): Gate {
  const open = (v: VacancyProfile): boolean => vacancyOpenOn(v, asOfDay) === undefined;
  const auth = candidate.authorisation;
  if (!auth?.status) return rules.missingAuthorisation.eligible ? open : () => false;
  const status = rules.statuses[auth.status];
  const permit = auth.status === 'permit' && auth.permitReason ? rules.permitReasons[auth.permitReason] ?? rules.defaultPermitReason : undefined;
  const validUntil = toEpochDay(auth.validUntil);
  const applied = toEpochDay(auth.applicationDate);
  if (!status.eligible || permit?.eligible === false) return () => false;
  if (status.requiresValidUntil && validUntil === undefined) return () => false;
  if (status.requiresApplicationDate && applied === undefined) return () => false;
  const workFrom = applied !== undefined && status.waitingDaysAfterApplication !== undefined ? applied + status.waitingDaysAfterApplication : -FOREVER;
  const workUntil = status.requiresValidUntil && validUntil !== undefined ? validUntil : FOREVER;
  return (v) => {
    if (!open(v)) return false;
    const periodStart = Math.max(asOfDay, v.validFromDay ?? asOfDay);
    const overlap = Math.min(v.validThroughDay ?? FOREVER, workUntil) - Math.max(periodStart, workFrom) + 1;
    if (overlap < rules.minimumOverlapDays) return false;
    if (permit?.maxHoursPerWeek !== undefined && (v.hoursPerWeek ?? 0) > permit.maxHoursPerWeek) return false;
    return !permit?.contractTypes || permit.contractTypes.includes(v.contractType ?? '');
  };
}

/** Each candidate's gate, built on first use per day, for queries that check many candidates against one vacancy. */
export class EligibilityGates {
  private readonly byCandidate = new WeakMap<CandidateProfile, { asOfDay: number; gate: Gate }>();

  constructor(private readonly rules: EligibilityRules) {}

  of(candidate: CandidateProfile, asOfDay: number): Gate {
    let entry = this.byCandidate.get(candidate);
    if (!entry || entry.asOfDay !== asOfDay) {
      entry = { asOfDay, gate: eligibilityGate(candidate, this.rules, asOfDay) };
      this.byCandidate.set(candidate, entry);
    }
    return entry.gate;
  }
}
