import type { CandidateProfile, Place, VacancyProfile } from './match-profile.types.js';
import { cefrName } from './match-profile.types.js';
import {
  italianRequirementWeight, languageGapCost, locationAtRadius, locationZeroAtRadii, occupationLevel, unknownLanguageValue,
  unknownLocationValue,
} from './scoring-weights.js';
import type { SparseVector } from './sparse-vector.js';

export interface LanguageGap {
  lang: string;
  required: string;
  candidate: string;
  /** CEFR levels short; 0 when the requirement is met. */
  gap: number;
}

export type OccupationMatch = 'same-occupation' | 'same-unit-group' | 'same-minor-group' | 'none';
export type PracticalIssue = 'driving-licence' | 'contract-type' | 'hours' | 'availability';

/**
 * Why the components came out as they did, for the full match. Each component is one function that
 * returns its value and fills its part of this only when given one: the engine's quick score passes
 * none, so it allocates nothing, and the full match cannot disagree with it.
 */
export interface FitReasons {
  occupationMatch: OccupationMatch;
  languageGaps: LanguageGap[];
  distanceKm: number | undefined;
  practicalIssues: PracticalIssue[];
}

export const emptyFitReasons = (): FitReasons => ({ occupationMatch: 'none', languageGaps: [], distanceKm: undefined, practicalIssues: [] });

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

/** The best of the three levels (1, 0.6, 0.3 of the shared weights); on a tie the closer level names the match. */
export function occupationFit(candidate: CandidateProfile, vacancy: VacancyProfile, reasons?: FitReasons): number {
  const same = occupationLevel.same * bestShared(candidate.occupations, vacancy.occupations);
  const unitGroup = occupationLevel.unitGroup * bestShared(candidate.unitGroups, vacancy.unitGroups);
  const minorGroup = occupationLevel.minorGroup * bestShared(candidate.minorGroups, vacancy.minorGroups);
  let value = 0;
  let match: OccupationMatch = 'none';
  if (same > value) {
    value = same;
    match = 'same-occupation';
  }
  if (unitGroup > value) {
    value = unitGroup;
    match = 'same-unit-group';
  }
  if (minorGroup > value) {
    value = minorGroup;
    match = 'same-minor-group';
  }
  if (reasons) reasons.occupationMatch = match;
  return value;
}

/** Graded language fit: each level short costs a third of that requirement, Italian counts double. */
export function languageFit(candidate: CandidateProfile, vacancy: VacancyProfile, reasons?: FitReasons): number {
  if (vacancy.languages.length === 0) return 1;
  let total = 0;
  let weightSum = 0;
  for (const { lang, level } of vacancy.languages) {
    const weight = lang === 'it' ? italianRequirementWeight : 1;
    const has = candidate.languages?.get(lang) ?? 0;
    const gap = Math.max(0, level - has);
    total += weight * (candidate.languages === undefined ? unknownLanguageValue : Math.max(0, 1 - languageGapCost * gap));
    weightSum += weight;
    reasons?.languageGaps.push({ lang, required: cefrName(level), candidate: candidate.languages ? cefrName(has) : 'unknown', gap });
  }
  return total / weightSum;
}

const EARTH_RADIUS_KM = 6371;
const toRad = (deg: number): number => (deg * Math.PI) / 180;

export function haversineKm(a: Place, b: Place): number {
  const dLat = toRad(b.lat - a.lat);
  const dLon = toRad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** 1 on the spot, 0.7 at the mobility radius, 0 at three radii; remote vacancies fit everyone. The reason is the distance. */
export function locationFit(candidate: CandidateProfile, vacancy: VacancyProfile, reasons?: FitReasons): number {
  if (vacancy.remote) return 1;
  if (!candidate.place || !vacancy.place) return unknownLocationValue;
  const distanceKm = haversineKm(candidate.place, vacancy.place);
  if (reasons) reasons.distanceKm = Math.round(distanceKm * 10) / 10;
  const radius = Math.max(1, candidate.mobilityKm);
  return distanceKm <= radius
    ? 1 - (1 - locationAtRadius) * (distanceKm / radius)
    : Math.max(0, locationAtRadius * (1 - (distanceKm - radius) / ((locationZeroAtRadii - 1) * radius)));
}

/** The mean of the practical checks that apply; each check is 1 when nothing contradicts it, and an issue below 1. */
export function practicalFit(candidate: CandidateProfile, vacancy: VacancyProfile, reasons?: FitReasons): number {
  // The mean adds the checks in this fixed order, and the issues are listed in it. Plain sums rather than
  // a callback: this runs for every pair the engine considers.
  let sum = 0;
  let count = 0;
  if (vacancy.licences.length > 0) {
    let held = 0;
    for (const licence of vacancy.licences) if (candidate.licences.includes(licence)) held += 1;
    sum += checked(reasons, 'driving-licence', held / vacancy.licences.length);
    count += 1;
  }
  if (vacancy.contractType && candidate.contractTypes && candidate.contractTypes.length > 0) {
    // A contract the person did not ask for is often still taken, so it costs 0.7, not everything.
    sum += checked(reasons, 'contract-type', candidate.contractTypes.includes(vacancy.contractType) ? 1 : 0.3);
    count += 1;
  }
  if (vacancy.hoursPerWeek !== undefined && candidate.maxHoursPerWeek !== undefined) {
    const over = Math.max(0, vacancy.hoursPerWeek - candidate.maxHoursPerWeek);
    sum += checked(reasons, 'hours', Math.max(0, 1 - over / Math.max(1, candidate.maxHoursPerWeek)));
    count += 1;
  }
  if (candidate.availableFromDay !== undefined) {
    sum += checked(reasons, 'availability', availabilityValue(candidate.availableFromDay, vacancy));
    count += 1;
  }
  return count === 0 ? 1 : sum / count;
}

/** The value of one practical check, listing its issue in the reasons when it falls short of 1. */
function checked(reasons: FitReasons | undefined, issue: PracticalIssue, value: number): number {
  if (value < 1) reasons?.practicalIssues.push(issue);
  return value;
}

/** Available by the start: 1; only after the vacancy closes: 0; in between, by how late within the window. */
function availabilityValue(availableFrom: number, vacancy: VacancyProfile): number {
  const start = vacancy.validFromDay;
  if (start === undefined || availableFrom <= start) return 1;
  const end = vacancy.validThroughDay;
  if (end === undefined) return 0.5;
  if (availableFrom > end) return 0;
  return 1 - (availableFrom - start) / Math.max(1, end - start + 1);
}
