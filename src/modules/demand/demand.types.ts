/**
 * The demand model's inputs and outputs as plain records. The computation is pure: it reads these
 * shapes only, so the refresh job, the CLI, the evaluation and the benchmark all feed it the same way.
 */
export interface DemandVacancy {
  id: string;
  occupation?: string;
  skills: readonly { uri: string; essential?: boolean }[];
  /** Province abbreviation ("TO") and ISTAT region code ("01"), resolved from the comune. */
  province?: string;
  region?: string;
  lat?: number;
  lon?: number;
  /** When the vacancy was first published (validFrom, else the day it was stored). */
  postedOn?: string;
  validThrough?: string;
  /** Closed, filled, withdrawn … : not active any more, but still counted as posted. */
  closed?: boolean;
  /** Id of the canonical vacancy when this one is a duplicate or a repost (counted once, as a repost). */
  duplicateOf?: string;
  employer?: { id?: string; name?: string; ateco?: string };
}

export interface DemandCandidate {
  id: string;
  lat?: number;
  lon?: number;
  mobilityKm?: number;
  occupations: readonly string[];
  skills: readonly string[];
}

export type AreaScope = 'region' | 'province';
export type Dimension = 'occupation' | 'isco' | 'skill';
export type Trend = 'rising' | 'stable' | 'falling' | 'new';

export interface DemandRow {
  key: string;
  label: string;
  /** Active vacancies, each canonical vacancy once. */
  active: number;
  /** New vacancies per week, exponentially time-decayed (half-life in DemandSettings). */
  newPerWeek: number;
  /** Mean age in days of the active vacancies: long-open ads are hard to fill. */
  meanDaysOpen: number;
  /** Share of posted vacancies that were posted again (duplicates or reposts linked to them). */
  repostShare: number;
  /** 0..1; ≥ 0.5 flags a hard-to-fill occupation or skill. */
  hardToFill: number;
  /** Registered candidates within reach (mobility radius) who have the occupation or skill. */
  supply: number;
  /** active / (supply + 1): above 1 means more open jobs than people who could take them. */
  shortageRatio: number;
  trend: Trend;
  /** Recent weekly rate over the earlier weekly rate (smoothed). */
  trendRatio: number;
  emerging: boolean;
  green: boolean;
  digital: boolean;
  /** ISCO unit group of an occupation row. */
  iscoGroup?: string;
}

export interface EmployerToContact {
  employerId: string;
  name: string;
  ateco?: string;
  /** Active vacancies of this employer in shortage occupations. */
  shortageVacancies: number;
  occupations: string[];
}

export interface AreaDemand {
  scope: AreaScope;
  /** Province abbreviation or ISTAT region code. */
  code: string;
  asOf: string;
  activeVacancies: number;
  candidates: number;
  occupations: DemandRow[];
  isco: DemandRow[];
  skills: DemandRow[];
  employersToContact: EmployerToContact[];
}

export interface DemandSettings {
  asOf: string;
  halfLifeDays: number;
  /** How far back "new per week" and the trend look. */
  horizonDays: number;
  /** The trend compares the last `recentDays` with the rest of the horizon. */
  recentDays: number;
}

export const defaultDemandSettings = (asOf: string): DemandSettings => ({ asOf, halfLifeDays: 14, horizonDays: 84, recentDays: 28 });
