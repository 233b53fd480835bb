import type { MatchEngine } from '../matching/match-engine.js';
import type { CandidateProfile } from '../matching/match-profile.types.js';
import type { MatchableCandidate } from '../matching/matching.records.js';
import { weightOf } from '../matching/sparse-vector.js';
import type { AreaDemand, DemandRow } from '../demand/demand.types.js';
import type { Course } from '../training/course.types.js';
import { haversineKm } from '../reference/geo.js';
import type { CourseCatalogue } from './course-catalogue.js';
import { toPlannedCourse } from './course-catalogue.js';
import { schedulesFit, type Infeasibility, type Learner } from './course-feasibility.js';
import { expectedGain } from './expected-gain.js';
import { HELD_SKILL_CREDIT } from './placements.js';
import type { Cover, CoverSet } from './set-cover.js';
import type { TrainingPlan } from './recommendation.types.js';

/** Occupations whose essential skills the person already has less than a fifth of are too far for one plan. */
const MIN_CLOSENESS = 0.2;
const COVER_SHARE = 0.8;
const MAX_COURSES = 3;
const SHORTLIST = 8;

export interface PlanContext {
  engine: MatchEngine;
  profile: CandidateProfile;
  record: MatchableCandidate;
  area: AreaDemand;
  catalogue: CourseCatalogue;
  learner: Learner;
  today: string;
}

export function holdsSkill(engine: MatchEngine, profile: CandidateProfile, uri: string): boolean {
  const id = engine.context.dictionary.lookup(`s:${uri}`);
  return id !== undefined && weightOf(profile.skills, id) >= HELD_SKILL_CREDIT;
}

/** Demand weight: more vacancies, a higher shortage ratio and harder-to-fill jobs all count. */
export function demandWeight(row: DemandRow): number {
  return Math.log2(1 + row.active) * (1 + Math.min(row.shortageRatio, 2) / 2 + row.hardToFill);
}

/** In-demand occupations of the province ranked by demand × closeness (share of essential skills held). */
export function targetOccupations(ctx: PlanContext, count: number): { row: DemandRow; closeness: number; gap: string[] }[] {
  const ranked: { row: DemandRow; closeness: number; gap: string[]; rank: number }[] = [];
  for (const row of ctx.area.occupations) {
    const essentials = ctx.engine.context.taxonomy.getOccupation(row.key)?.essentialSkills ?? [];
    if (row.active === 0 || essentials.length === 0) continue;
    const gap = essentials.filter((uri) => !holdsSkill(ctx.engine, ctx.profile, uri));
    const closeness = 1 - gap.length / essentials.length;
    if (closeness < MIN_CLOSENESS || gap.length === 0) continue;
    ranked.push({ row, closeness, gap, rank: closeness * demandWeight(row) });
  }
  return ranked.sort((a, b) => b.rank - a.rank || (a.row.key < b.row.key ? -1 : 1)).slice(0, count);
}

function courseCost(course: Course, learner: Learner): number {
  const km = course.location.online || !course.place || !learner.place ? 0 : haversineKm(learner.place, course.place);
  return 1 + course.hours / 200 + km / 50;
}

/** One plan per target: the gap, the smallest feasible set of courses covering most of it, and the gain. */
export function trainingPlans(ctx: PlanContext, count: number): { plans: TrainingPlan[]; excluded: { id: string; reasons: Infeasibility[] }[] } {
  const skillDemand = new Map(ctx.area.skills.map((s) => [s.key, s.active]));
  const plans: TrainingPlan[] = [];
  const excluded = new Map<string, Infeasibility[]>();
  for (const target of targetOccupations(ctx, count)) {
    const weights = gapWeights(ctx, target, skillDemand);
    const split = ctx.catalogue.partition(ctx.catalogue.teaching(target.gap), ctx.learner, ctx.today);
    split.excluded.forEach((e) => excluded.set(e.id, e.reasons));
    const sets = split.feasible.map((c) => ({ item: c, elements: c.skills.filter((s) => weights.has(s)), cost: courseCost(c, ctx.learner) }));
    const cover = gainAwareCover(ctx, weights, shortlist(weights, sets));
    plans.push(toPlan(ctx, target, weights, cover, cover.gained));
  }
  return { plans: plans.sort((a, b) => b.expectedGain - a.expectedGain || b.closeness - a.closeness), excluded: [...excluded].map(([id, reasons]) => ({ id, reasons })) };
}

/** Essential gap skills weigh 1 plus their demand; optional ones only count when the province asks for them. */
function gapWeights(ctx: PlanContext, target: { row: DemandRow; gap: string[] }, skillDemand: Map<string, number>): Map<string, number> {
  const weights = new Map(target.gap.map((uri) => [uri, 1 + (skillDemand.get(uri) ?? 0)]));
  for (const uri of ctx.engine.context.taxonomy.getOccupation(target.row.key)?.optionalSkills ?? []) {
    const demand = skillDemand.get(uri) ?? 0;
    if (demand > 0 && !weights.has(uri) && !holdsSkill(ctx.engine, ctx.profile, uri)) weights.set(uri, demand / 2);
  }
  return weights;
}

type Sets = CoverSet<Course>[];

/** The sets that cover the most gap weight per cost: only these are re-scored, which keeps a plan in milliseconds. */
function shortlist(weights: Map<string, number>, sets: Sets): Sets {
  const value = (set: CoverSet<Course>): number => set.elements.reduce((sum, e) => sum + (weights.get(e) ?? 0), 0) / set.cost;
  return [...sets].sort((a, b) => value(b) - value(a) || (a.item.id < b.item.id ? -1 : 1)).slice(0, SHORTLIST);
}

/**
 * Greedy weighted set cover whose value per course is the re-scored gain it adds (vacancies newly at
 * ≥ 70) plus the share of the gap weight it covers, per unit of cost. Plain coverage alone picks
 * ESCO skills that the province's vacancies rarely ask for; the gain term steers to the ones they do.
 */
function gainAwareCover(ctx: PlanContext, weights: Map<string, number>, sets: Sets): Cover<Course> & { gained: number } {
  const totalWeight = [...weights.values()].reduce((a, b) => a + b, 0);
  const state = { chosen: [] as Course[], covered: new Set<string>(), taught: new Set<string>(), coveredWeight: 0, gained: 0 };
  const gainWith = (skills: string[]): number => expectedGain(ctx.engine, ctx.profile, ctx.record, { addSkills: skills }, ctx.profile.place?.province, ctx.today).gained;
  while (state.chosen.length < MAX_COURSES) {
    let best: { set: CoverSet<Course>; gained: number; weight: number; value: number } | undefined;
    for (const set of sets) {
      if (state.chosen.includes(set.item) || !state.chosen.every((o) => schedulesFit(set.item, o))) continue;
      const fresh = set.elements.filter((e) => !state.covered.has(e));
      // A course teaches all its skills, not only the ones in this gap: the gain counts them all.
      const gained = gainWith([...new Set([...state.taught, ...set.item.skills])]);
      const weight = fresh.reduce((sum, e) => sum + (weights.get(e) ?? 0), 0);
      if (weight === 0 && gained <= state.gained) continue;
      const value = (gained - state.gained + weight / Math.max(totalWeight, 1)) / set.cost;
      if (!best || value > best.value) best = { set, gained, weight, value };
    }
    const enough = state.coveredWeight >= COVER_SHARE * totalWeight;
    if (!best || (enough && best.gained <= state.gained)) break;
    state.chosen.push(best.set.item);
    best.set.elements.forEach((e) => state.covered.add(e));
    best.set.item.skills.forEach((e) => state.taught.add(e));
    state.coveredWeight += best.weight;
    state.gained = best.gained;
  }
  return { chosen: state.chosen, covered: [...state.covered], coveredWeight: state.coveredWeight, totalWeight, gained: state.gained };
}

function toPlan(
  ctx: PlanContext,
  target: { row: DemandRow; closeness: number; gap: string[] },
  weights: Map<string, number>,
  cover: Cover<Course>,
  gained: number,
): TrainingPlan {
  const label = (uri: string): string => ctx.engine.context.taxonomy.skillLabel(uri) ?? uri;
  const gapCovered = cover.totalWeight > 0 ? Math.round((cover.coveredWeight / cover.totalWeight) * 100) / 100 : 0;
  const { row } = target;
  const province = ctx.area.code;
  const courses = cover.chosen.map((c) => toPlannedCourse(c, ctx.learner, c.skills.filter((s) => weights.has(s))));
  const explanation = courses.length === 0
    ? `No feasible course in the catalogue teaches the ${target.gap.length} missing skills for ${row.label}`
    : `+${gained} vacancies in ${province} would score ≥ 70 after this plan (${courses.length} course${courses.length > 1 ? 's' : ''}, ${Math.round(gapCovered * 100)}% of the skill gap)`;
  return {
    occupation: { uri: row.key, label: row.label },
    why: `${row.active} active vacancies in ${province}, shortage ratio ${row.shortageRatio}${row.hardToFill >= 0.5 ? ', hard to fill' : ''}${row.emerging ? ', emerging' : ''}; the person already has ${Math.round(target.closeness * 100)}% of its essential skills`,
    closeness: Math.round(target.closeness * 100) / 100,
    skillGap: target.gap.map((uri) => ({ uri, label: label(uri), demand: (weights.get(uri) ?? 1) - 1 })),
    courses,
    gapCovered,
    expectedGain: gained,
    explanation,
  };
}
