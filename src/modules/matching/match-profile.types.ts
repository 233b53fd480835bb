import type { Lang } from '../taxonomy/taxonomy.types.js';
import type { WorkAuthorisation } from './matching.records.js';
import type { SparseVector } from './sparse-vector.js';

export interface Place {
  lat: number;
  lon: number;
  /** Province abbreviation ("MI"), when the comune is known. */
  province?: string;
}

/** How a candidate came to have a skill; the explanation names it. */
export const skillSources = ['stated', 'experience', 'text', 'related'] as const;
export type SkillSource = (typeof skillSources)[number];

/** Occupations at three levels of the ESCO/ISCO hierarchy, each id weighted by confidence. */
export interface OccupationFeatures {
  occupations: SparseVector;
  unitGroups: SparseVector;
  minorGroups: SparseVector;
  /**
   * True when every occupation has its ISCO unit and minor group, each group weighted by the best
   * confidence of its occupations (as `occupationFeatures` builds them): the engine then bounds the
   * occupation component more tightly (feature-vectors.ts).
   */
  hierarchical?: boolean;
}

interface TextFeatures {
  lang: Lang;
  /** Unit-length term weights, keyed by language. */
  terms: SparseVector;
  /** Unit-length weights of the ESCO concepts recognised in the text: the bridge across languages. */
  concepts: SparseVector;
}

export interface CandidateProfile extends OccupationFeatures, TextFeatures {
  id: string;
  /** Skill id → credit in 0..1, the best over every way the skill is known. */
  skills: SparseVector;
  /** Parallel to `skills.ids`: index into `skillSources`. */
  skillSourceIndex: Uint8Array;
  /** Language → CEFR level 1..6; undefined when the person's languages were never recorded. */
  languages: ReadonlyMap<string, number> | undefined;
  place: Place | undefined;
  mobilityKm: number;
  licences: readonly string[];
  availableFromDay: number | undefined;
  contractTypes: readonly string[] | undefined;
  maxHoursPerWeek: number | undefined;
  authorisation: WorkAuthorisation | undefined;
}

export interface VacancyProfile extends OccupationFeatures, TextFeatures {
  id: string;
  /** Skill id → its share of the skills component (essential skills share 0.75, optional 0.25). */
  skills: SparseVector;
  /** Parallel to `skills.ids`: 1 for essential skills. */
  essential: Uint8Array;
  languages: readonly { lang: string; level: number }[];
  place: Place | undefined;
  remote: boolean;
  licences: readonly string[];
  contractType: string | undefined;
  hoursPerWeek: number | undefined;
  validFromDay: number | undefined;
  validThroughDay: number | undefined;
  /** False for vacancies the publisher closed or withdrew. */
  open: boolean;
}

export const cefrLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;

export function cefrRank(level: string): number {
  return cefrLevels.indexOf(level as (typeof cefrLevels)[number]) + 1;
}

export function cefrName(rank: number): string {
  return cefrLevels[rank - 1] ?? 'none';
}

const DAY_MS = 86_400_000;

/** ISO date (YYYY-MM-DD or full timestamp) → whole days since 1970, so date rules compare integers. */
export function toEpochDay(date: string | undefined): number | undefined {
  if (!date) return undefined;
  const ms = Date.parse(date);
  return Number.isNaN(ms) ? undefined : Math.floor(ms / DAY_MS);
}

export function fromEpochDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
