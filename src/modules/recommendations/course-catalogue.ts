import { haversineKm } from '../reference/geo.js';
import type { Course } from '../training/course.types.js';
import { courseInfeasibility, type Infeasibility, type Learner } from './course-feasibility.js';
import type { PlannedCourse } from './recommendation.types.js';

/** Courses in memory, indexed by the skills they teach, so a gap finds its courses without a scan. */
export class CourseCatalogue {
  private readonly bySkill = new Map<string, Course[]>();
  readonly italian: Course[] = [];

  constructor(readonly courses: readonly Course[]) {
    for (const course of courses) {
      if (course.kind === 'italian-language') this.italian.push(course);
      for (const skill of course.skills) {
        const list = this.bySkill.get(skill) ?? [];
        list.push(course);
        this.bySkill.set(skill, list);
      }
    }
  }

  teaching(skills: Iterable<string>): Course[] {
    const found = new Set<Course>();
    for (const s of skills) for (const c of this.bySkill.get(s) ?? []) found.add(c);
    return [...found].sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  /** Splits courses into the ones this person can follow and the rest with reasons. */
  partition(courses: readonly Course[], learner: Learner, today: string): { feasible: Course[]; excluded: { id: string; reasons: Infeasibility[] }[] } {
    const feasible: Course[] = [];
    const excluded: { id: string; reasons: Infeasibility[] }[] = [];
    for (const course of courses) {
      const reasons = courseInfeasibility(course, learner, today);
      if (reasons.length === 0) feasible.push(course);
      else excluded.push({ id: course.id, reasons });
    }
    return { feasible, excluded };
  }
}

export function toPlannedCourse(course: Course, learner: Learner, skillsCovered: string[]): PlannedCourse {
  const distanceKm = !course.location.online && course.place && learner.place ? Math.round(haversineKm(learner.place, course.place) * 10) / 10 : undefined;
  return {
    id: course.id, title: course.title, provider: course.provider, startDate: course.startDate, endDate: course.endDate,
    hours: course.hours, online: course.location.online, ...(distanceKm !== undefined ? { distanceKm } : {}), funding: course.funding, skillsCovered,
  };
}
