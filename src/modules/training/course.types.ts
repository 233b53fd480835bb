import type { CourseInput } from './course.schema.js';

/** A stored course: the input plus the place resolved from the comune (for distance and province filters). */
export interface Course extends CourseInput {
  place?: { istat: string; lat: number; lon: number; province: string };
}
