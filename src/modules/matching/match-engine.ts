import type { Lang } from '../taxonomy/taxonomy.types.js';
import { buildCandidateProfile } from './candidate-profile.builder.js';
import { defaultEligibilityRules, type EligibilityRules } from './eligibility-rules.js';
import { candidateBlockedEverywhere, eligibilityReasons, vacancyOpenOn } from './eligibility.js';
import { eligibilityGate, EligibilityGates } from './eligibility-gate.js';
import { FeatureIndex, type Evaluated, type TopKQuery, type TopKStats } from './feature-index.js';
import type { MatchContext } from './match-context.js';
import { explainMatch, type MatchExplanation } from './match-explainer.js';
import type { MatchableCandidate, MatchableVacancy } from './matching.records.js';
import { toEpochDay, type CandidateProfile, type VacancyProfile } from './match-profile.types.js';
import { compareMatches, matchScoreValue, RestFit, scoreCandidateForVacancy, type MatchScore } from './match-scorer.js';
import { boundedRestWeight } from './scoring-weights.js';
import { buildVacancyProfile } from './vacancy-profile.builder.js';

export interface MatchQueryOptions {
  top: number;
  /** Province abbreviation ("MI") of the other side's place. */
  province?: string;
  /** Ids of the other side to leave out (e.g. pairs already decided). */
  excludeIds?: ReadonlySet<string>;
  /** Also return ineligible pairs that would have ranked, with their reasons. */
  explainAll?: boolean;
  /** Use brute force instead of the pruned index; the answer is the same, only slower. */
  bruteForce?: boolean;
  stats?: TopKStats;
}

interface ScoredEvaluated extends Evaluated {
  match: MatchScore;
}

export interface MatchEngineOptions {
  rules?: EligibilityRules;
  /** Today, as an ISO date; a clock function so long-running servers move with the calendar. */
  today?: () => string;
}

/** Both sides of the market in memory, with pruned exact top-k in either direction. */
export class MatchEngine {
  readonly vacancies = new FeatureIndex<VacancyProfile>();
  readonly candidates = new FeatureIndex<CandidateProfile>();
  private readonly rules: EligibilityRules;
  private readonly today: () => string;
  private readonly gates: EligibilityGates;

  constructor(readonly context: MatchContext, options: MatchEngineOptions = {}) {
    this.rules = options.rules ?? defaultEligibilityRules;
    this.gates = new EligibilityGates(this.rules);
    this.today = options.today ?? (() => new Date().toISOString().slice(0, 10));
  }

  upsertVacancy(record: MatchableVacancy): VacancyProfile {
    const profile = buildVacancyProfile(this.context, record);
    this.vacancies.upsert(profile);
    return profile;
  }

  upsertCandidate(record: MatchableCandidate): CandidateProfile {
    const profile = buildCandidateProfile(this.context, record);
    this.candidates.upsert(profile);
    return profile;
  }

  score(candidate: CandidateProfile, vacancy: VacancyProfile): MatchScore {
    return scoreCandidateForVacancy(candidate, vacancy, { rules: this.rules, asOfDay: toEpochDay(this.today())! });
  }

  vacanciesForCandidate(candidate: CandidateProfile, options: MatchQueryOptions): MatchScore[] {
    const asOfDay = toEpochDay(this.today())!;
    const scoring = { rules: this.rules, asOfDay };
    const blocked = candidateBlockedEverywhere(candidate, this.rules, asOfDay);
    const gate = eligibilityGate(candidate, this.rules, asOfDay);
    const eligible = options.bruteForce
      ? (v: VacancyProfile) => eligibilityReasons(candidate, v, this.rules, asOfDay).length === 0
      : gate;
    const rest = new RestFit();
    const query = (wantEligible: boolean): TopKQuery<VacancyProfile, RestFit> => ({
      probe: candidate,
      k: options.top,
      restBound: boundedRestWeight,
      // Eligibility is cheap and decides membership, so it filters before any scoring happens.
      include: (v) => (!options.province || v.place?.province === options.province) && !options.excludeIds?.has(v.id)
        && eligible(v) === wantEligible,
      rest: (v) => rest.of(candidate, v),
      score: (v, fit) => matchScoreValue(candidate, v, fit),
      evaluate: (v) => evaluated(scoreCandidateForVacancy(candidate, v, scoring), v.id),
    });
    return runQueries(this.vacancies, query, options, blocked);
  }

  candidatesForVacancy(vacancy: VacancyProfile, options: MatchQueryOptions): MatchScore[] {
    const asOfDay = toEpochDay(this.today())!;
    const scoring = { rules: this.rules, asOfDay };
    const eligible = options.bruteForce
      ? (c: CandidateProfile) => eligibilityReasons(c, vacancy, this.rules, asOfDay).length === 0
      : (c: CandidateProfile) => this.gates.of(c, asOfDay)(vacancy);
    const rest = new RestFit();
    const query = (wantEligible: boolean): TopKQuery<CandidateProfile, RestFit> => ({
      probe: vacancy,
      k: options.top,
      restBound: boundedRestWeight,
      include: (c) => (!options.province || c.place?.province === options.province) && !options.excludeIds?.has(c.id)
        && eligible(c) === wantEligible,
      rest: (c) => rest.of(c, vacancy),
      score: (c, fit) => matchScoreValue(c, vacancy, fit),
      evaluate: (c) => evaluated(scoreCandidateForVacancy(c, vacancy, scoring), c.id),
    });
    return runQueries(this.candidates, query, options, vacancyOpenOn(vacancy, asOfDay) !== undefined);
  }

  explain(candidate: CandidateProfile, vacancy: VacancyProfile, match: MatchScore, lang: Lang): MatchExplanation {
    return explainMatch(this.context, candidate, vacancy, match, lang);
  }
}

function evaluated(match: MatchScore, id: string): ScoredEvaluated {
  return { id, score: match.score, accepted: true, match };
}

/**
 * Eligible pairs fill the top k. With explainAll, ineligible pairs that score at least as well as the
 * last eligible one (or any, when fewer than k are eligible) are shown beside them with their reasons.
 */
function runQueries<P extends VacancyProfile | CandidateProfile>(
  index: FeatureIndex<P>,
  query: (wantEligible: boolean) => TopKQuery<P, RestFit>,
  options: MatchQueryOptions,
  noneEligible: boolean,
): MatchScore[] {
  const run = (q: TopKQuery<P, RestFit>): ScoredEvaluated[] =>
    (options.bruteForce ? index.bruteForce(q) : index.topK(q, options.stats)) as ScoredEvaluated[];
  const eligible = noneEligible ? [] : run(query(true));
  if (!options.explainAll) return eligible.map((e) => e.match);
  const floor = eligible.length < options.top ? -Infinity : eligible[eligible.length - 1]!.score;
  const ineligible = run(query(false)).filter((e) => e.score >= floor);
  return [...eligible, ...ineligible].sort(compareMatches).map((e) => e.match);
}
