import { haversineKm } from '../reference/geo.js';
import type { Course } from '../training/course.types.js';

export interface Learner {
  place?: { lat: number; lon: number };
  mobilityKm: number;
  /** ISO date from which the person is free, when recorded. */
  availableFrom?: string;
  /** Language → CEFR rank 1..6 (A1..C2); undefined when never recorded. */
  languages?: ReadonlyMap<string, number>;
}

export type Infeasibility = 'too-far' | 'no-place' | 'finished' | 'already-started' | 'before-availability' | 'italian-level' | 'instruction-language' | 'no-seats';

const cefr = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
const rank = (level: string): number => cefr.indexOf(level) + 1;
/** Late enrolment is usually accepted during the first two weeks of a course. */
const LATE_ENTRY_DAYS = 14;
/** To follow a course taught in another language the person needs at least B1 in it. */
const INSTRUCTION_LEVEL = 3;

const addDays = (iso: string, days: number): string => new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);

/** Why a course does not fit this person, or an empty list when it does: distance, dates, language, seats. */
export function courseInfeasibility(course: Course, learner: Learner, today: string): Infeasibility[] {
  const reasons: Infeasibility[] = [];
  if (!course.location.online) {
    if (!course.place || !learner.place) reasons.push('no-place');
    else if (haversineKm(learner.place, course.place) > Math.max(learner.mobilityKm, 5)) reasons.push('too-far');
  }
  if (course.endDate < today) reasons.push('finished');
  else if (course.startDate < addDays(today, -LATE_ENTRY_DAYS)) reasons.push('already-started');
  if (learner.availableFrom && course.startDate < learner.availableFrom && course.endDate >= today) reasons.push('before-availability');
  const italian = learner.languages?.get('it') ?? 0;
  if (course.minItalianLevel && italian < rank(course.minItalianLevel)) reasons.push('italian-level');
  if (course.language !== 'it' && (learner.languages?.get(course.language) ?? 0) < INSTRUCTION_LEVEL) reasons.push('instruction-language');
  if (course.seats <= 0) reasons.push('no-seats');
  return reasons;
}

/** Two courses can be followed together when their dates do not overlap or their weekly hours fit together. */
export function schedulesFit(a: Course, b: Course): boolean {
  const overlap = a.startDate <= b.endDate && b.startDate <= a.endDate;
  return !overlap || (a.hoursPerWeek ?? 20) + (b.hoursPerWeek ?? 20) <= 30;
}
