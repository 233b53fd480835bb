import type { CandidateProfile, VacancyProfile } from './match-profile.types.js';
import { eligibilityReasons, type IneligibilityReason } from './eligibility.js';
import type { EligibilityRules } from './eligibility-rules.js';
import {
  languageFit, languageValue, locationFit, locationValue, practicalFit, practicalValue, type LanguageGap, type PracticalIssue,
} from './fit-components.js';
import { componentNames, componentWeights, occupationLevel, type ComponentName } from './scoring-weights.js';
import { dot, type SparseVector } from './sparse-vector.js';

export interface ComponentScore {
  value: number;
  weight: number;
}

export type OccupationMatch = 'same-occupation' | 'same-unit-group' | 'same-minor-group' | 'none';

export interface MatchScore {
  candidateId: string;
  vacancyId: string;
  /** 0–100, two decimals; ranking uses this rounded value, then the id, so ties are stable. */
  score: number;
  eligible: boolean;
  ineligibleReasons: IneligibilityReason[];
  components: Record<ComponentName, ComponentScore>;
  occupationMatch: OccupationMatch;
  languageGaps: LanguageGap[];
  distanceKm: number | undefined;
  practicalIssues: PracticalIssue[];
}

export interface ScoringOptions {
  rules: EligibilityRules;
  /** The day eligibility and dates are judged on (days since 1970). */
  asOfDay: number;
}

const clamp = (v: number): number => Math.min(1, Math.max(0, v));

/** The largest product of shared weights: the best single shared occupation (or group). */
function bestShared(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let best = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) best = Math.max(best, a.weights[i++]! * b.weights[j++]!);
    else if (x < y) i++;
    else j++;
  }
  return best;
}

export function occupationFit(candidate: CandidateProfile, vacancy: VacancyProfile): { value: number; match: OccupationMatch } {
  const levels: [OccupationMatch, number][] = [
    ['same-occupation', occupationLevel.same * bestShared(candidate.occupations, vacancy.occupations)],
    ['same-unit-group', occupationLevel.unitGroup * bestShared(candidate.unitGroups, vacancy.unitGroups)],
    ['same-minor-group', occupationLevel.minorGroup * bestShared(candidate.minorGroups, vacancy.minorGroups)],
  ];
  const [match, value] = levels.reduce((best, level) => (level[1] > best[1] ? level : best), ['none', 0] as [OccupationMatch, number]);
  return { value, match };
}

/** The value of `occupationFit` alone: the best of the three levels. */
function occupationValue(candidate: CandidateProfile, vacancy: VacancyProfile): number {
  return Math.max(
    0,
    occupationLevel.same * bestShared(candidate.occupations, vacancy.occupations),
    occupationLevel.unitGroup * bestShared(candidate.unitGroups, vacancy.unitGroups),
    occupationLevel.minorGroup * bestShared(candidate.minorGroups, vacancy.minorGroups),
  );
}

/** Same language: the better of term and concept cosine. Across languages terms never meet, so concepts decide. */
export function textFit(candidate: CandidateProfile, vacancy: VacancyProfile): number {
  return Math.max(dot(candidate.terms, vacancy.terms), dot(candidate.concepts, vacancy.concepts));
}

/**
 * The components the inverted lists cannot see, each clamped to 0–1, and their weighted share of the
 * total: the engine adds the share to a concept bound to skip pairs, then hands the same values to
 * `matchScoreValue`, so a pair it scores does not work them out twice. One instance serves a whole
 * query (`of` refills it per pair), so the hot path allocates nothing.
 */
export class RestFit {
  language = 0;
  location = 0;
  practical = 0;
  share = 0;

  of(candidate: CandidateProfile, vacancy: VacancyProfile): this {
    this.language = clamp(languageValue(candidate, vacancy));
    this.location = clamp(locationValue(candidate, vacancy));
    this.practical = clamp(practicalValue(candidate, vacancy));
    this.share = componentWeights.language * this.language + componentWeights.location * this.location
      + componentWeights.practical * this.practical;
    return this;
  }
}

/** Σ weight × value, in `componentNames` order, shown on the 0–100 scale with two decimals. */
function roundedTotal(skills: number, occupation: number, text: number, language: number, location: number, practical: number): number {
  const total = componentWeights.skills * clamp(skills) + componentWeights.occupation * clamp(occupation)
    + componentWeights.text * clamp(text) + componentWeights.language * clamp(language)
    + componentWeights.location * clamp(location) + componentWeights.practical * clamp(practical);
  return Math.round(total * 10_000) / 100;
}

/**
 * The score `scoreCandidateForVacancy` gives, computed the same way but without building the
 * breakdown: the engine ranks with this and builds the full match only for pairs entering the top k.
 * `rest` is the pair's RestFit when the caller has it already.
 */
export function matchScoreValue(candidate: CandidateProfile, vacancy: VacancyProfile, rest = new RestFit().of(candidate, vacancy)): number {
  return roundedTotal(
    dot(candidate.skills, vacancy.skills),
    occupationValue(candidate, vacancy),
    textFit(candidate, vacancy),
    rest.language,
    rest.location,
    rest.practical,
  );
}

/** Scores one candidate against one vacancy: every component, the total, and the eligibility gate. */
export function scoreCandidateForVacancy(candidate: CandidateProfile, vacancy: VacancyProfile, options: ScoringOptions): MatchScore {
  const occupation = occupationFit(candidate, vacancy);
  const language = languageFit(candidate, vacancy);
  const location = locationFit(candidate, vacancy);
  const practical = practicalFit(candidate, vacancy);
  const values: Record<ComponentName, number> = {
    skills: dot(candidate.skills, vacancy.skills),
    occupation: occupation.value,
    text: textFit(candidate, vacancy),
    language: language.value,
    location: location.value,
    practical: practical.value,
  };
  const components = {} as Record<ComponentName, ComponentScore>;
  for (const name of componentNames) {
    components[name] = { value: Math.round(clamp(values[name]) * 1000) / 1000, weight: componentWeights[name] };
  }
  const ineligibleReasons = eligibilityReasons(candidate, vacancy, options.rules, options.asOfDay);
  return {
    candidateId: candidate.id,
    vacancyId: vacancy.id,
    score: roundedTotal(values.skills, values.occupation, values.text, values.language, values.location, values.practical),
    eligible: ineligibleReasons.length === 0,
    ineligibleReasons,
    components,
    occupationMatch: occupation.match,
    languageGaps: language.gaps,
    distanceKm: location.distanceKm,
    practicalIssues: practical.issues,
  };
}

/** Best first; equal scores in id order, so every run and every engine path ranks the same way. */
export function compareMatches(a: { score: number; id: string }, b: { score: number; id: string }): number {
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
