import type { CandidateProfile, VacancyProfile } from './match-profile.types.js';
import { eligibilityReasons, type IneligibilityReason } from './eligibility.js';
import type { EligibilityRules } from './eligibility-rules.js';
import {
  emptyFitReasons, languageFit, locationFit, occupationFit, practicalFit, type LanguageGap, type OccupationMatch, type PracticalIssue,
} from './fit-components.js';
import { componentNames, componentWeights, type ComponentName } from './scoring-weights.js';
import { dot } from './sparse-vector.js';

export interface ComponentScore {
  value: number;
  weight: number;
}

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
    this.language = clamp(languageFit(candidate, vacancy));
    this.location = clamp(locationFit(candidate, vacancy));
    this.practical = clamp(practicalFit(candidate, vacancy));
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
 * `rest` is the pair's RestFit, which the engine has already worked out to bound the pair.
 */
export function matchScoreValue(candidate: CandidateProfile, vacancy: VacancyProfile, rest: RestFit): number {
  return roundedTotal(
    dot(candidate.skills, vacancy.skills),
    occupationFit(candidate, vacancy),
    textFit(candidate, vacancy),
    rest.language,
    rest.location,
    rest.practical,
  );
}

/** Scores one candidate against one vacancy: every component, the total, and the eligibility gate. */
export function scoreCandidateForVacancy(candidate: CandidateProfile, vacancy: VacancyProfile, options: ScoringOptions): MatchScore {
  const reasons = emptyFitReasons();
  const values: Record<ComponentName, number> = {
    skills: dot(candidate.skills, vacancy.skills),
    occupation: occupationFit(candidate, vacancy, reasons),
    text: textFit(candidate, vacancy),
    language: languageFit(candidate, vacancy, reasons),
    location: locationFit(candidate, vacancy, reasons),
    practical: practicalFit(candidate, vacancy, reasons),
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
    occupationMatch: reasons.occupationMatch,
    languageGaps: reasons.languageGaps,
    distanceKm: reasons.distanceKm,
    practicalIssues: reasons.practicalIssues,
  };
}

/** Best first; equal scores in id order, so every run and every engine path ranks the same way. */
export function compareMatches(a: { score: number; id: string }, b: { score: number; id: string }): number {
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
