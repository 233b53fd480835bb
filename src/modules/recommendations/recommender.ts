import type { MatchEngine } from '../matching/match-engine.js';
import { buildCandidateProfile } from '../matching/candidate-profile.builder.js';
import type { Lang } from '../taxonomy/taxonomy.types.js';
import type { AreaDemand } from '../demand/demand.types.js';
import type { MarketCandidate } from '../demand/market-source.js';
import type { CourseCatalogue } from './course-catalogue.js';
import type { Learner } from './course-feasibility.js';
import { nearMissesFor, placementsFor } from './placements.js';
import { rankVacancies } from './province-ranking.js';
import { trainingPlans, type PlanContext } from './training-plans.js';
import { italianCourseStep, recognitionStep, validationStep } from './other-steps.js';
import type { OtherStep, Recommendations } from './recommendation.types.js';

export interface RecommenderInputs {
  engine: MatchEngine;
  catalogue: CourseCatalogue;
  /** The demand table of the person's province; without it there are no training plans. */
  area: AreaDemand | undefined;
  /** Vacancies whose text asks for a formal title (school, vocational or academic). */
  titleVacancies: ReadonlySet<string>;
  today: string;
  lang: Lang;
}

/** How many ranked vacancies the near misses and the other steps look at. */
const RANKED_DEPTH = 100;

/** Everything staff need for one person: placements, near misses, training plans and other steps. */
export function recommendFor(candidate: MarketCandidate, inputs: RecommenderInputs): Recommendations {
  const { engine } = inputs;
  const profile = buildCandidateProfile(engine.context, candidate);
  const ranked = rankVacancies(engine, profile, inputs.today, RANKED_DEPTH);
  const learner: Learner = {
    place: profile.place, mobilityKm: profile.mobilityKm, availableFrom: candidate.availableFrom, languages: profile.languages,
  };
  const base = { candidateId: candidate.id, province: profile.place?.province, asOf: inputs.today };
  const placements = placementsFor(engine, profile, ranked, inputs.lang, 10);
  const nearMisses = nearMissesFor(engine, profile, ranked, 10);
  if (!inputs.area) return { ...base, placements, nearMisses, trainingPlans: [], otherSteps: [], excludedCourses: [] };
  const ctx: PlanContext = { engine, profile, record: candidate, area: inputs.area, catalogue: inputs.catalogue, learner, today: inputs.today };
  const { plans, excluded } = trainingPlans(ctx, 3);
  const askTitle = ranked.filter((m) => inputs.titleVacancies.has(m.vacancyId)).length;
  const otherSteps = [italianCourseStep(ctx, ranked), recognitionStep(candidate, askTitle), validationStep(ctx, candidate, ranked)]
    .filter((s): s is OtherStep => s !== undefined);
  return { ...base, placements, nearMisses, trainingPlans: plans, otherSteps, excludedCourses: excluded.slice(0, 20) };
}
