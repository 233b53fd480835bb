import type { CandidateProfile, VacancyProfile } from './match-profile.types.js';
import type { EligibilityRules } from './eligibility-rules.js';
import { vacancyOpenOn } from './eligibility.js';
import { exceedsPermitHours, outsidePermitContracts, resolveAuthorisation, windowMiss } from './work-authorisation.js';

type Gate = (vacancy: VacancyProfile) => boolean;

/**
 * `eligibilityReasons(candidate, v).length === 0` for one candidate against many vacancies: the
 * candidate's side is resolved once (resolveAuthorisation, the same rules the reasons use), so each
 * vacancy costs a few comparisons and no allocation. The engine filters with it before any scoring.
 */
export function eligibilityGate(candidate: CandidateProfile, rules: EligibilityRules, asOfDay: number): Gate {
  const open = (v: VacancyProfile): boolean => vacancyOpenOn(v, asOfDay) === undefined;
  const auth = resolveAuthorisation(candidate, rules);
  if (!auth.recorded) return auth.eligible ? open : () => false;
  const { permit } = auth;
  if (auth.refused || permit?.eligible === false) return () => false;
  return (v) => open(v) && windowMiss(auth, v, rules, asOfDay) === undefined
    && (!permit || (!exceedsPermitHours(permit, v) && !outsidePermitContracts(permit, v)));
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
