import type { Infeasibility } from './course-feasibility.js';

export interface Placement {
  vacancyId: string;
  score: number;
  explanation: string;
}

export interface NearMiss {
  vacancyId: string;
  score: number;
  missingEssentialSkills: { uri: string; label: string }[];
  languageGap?: { lang: string; required: string; candidate: string };
  explanation: string;
}

export interface PlannedCourse {
  id: string;
  title: string;
  provider: string;
  startDate: string;
  endDate: string;
  hours: number;
  online: boolean;
  distanceKm?: number;
  funding: string;
  skillsCovered: string[];
}

export interface TrainingPlan {
  occupation: { uri: string; label: string };
  /** Why this occupation: demand in the province and closeness to the person's profile. */
  why: string;
  closeness: number;
  skillGap: { uri: string; label: string; demand: number }[];
  courses: PlannedCourse[];
  /** Share of the gap's weight the courses cover. */
  gapCovered: number;
  expectedGain: number;
  explanation: string;
}

export type OtherStepKind = 'italian-course' | 'qualification-recognition' | 'competence-validation';

export interface OtherStep {
  kind: OtherStepKind;
  explanation: string;
  procedure?: string;
  course?: PlannedCourse;
  expectedGain?: number;
}

export interface Recommendations {
  candidateId: string;
  province?: string;
  asOf: string;
  placements: Placement[];
  nearMisses: NearMiss[];
  trainingPlans: TrainingPlan[];
  otherSteps: OtherStep[];
  /** Courses near the gap that were left out, and why (for staff who want to see alternatives). */
  excludedCourses: { id: string; reasons: Infeasibility[] }[];
}
