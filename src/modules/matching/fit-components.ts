import type { CandidateProfile, Place, VacancyProfile } from './match-profile.types.js';
import { cefrName } from './match-profile.types.js';
import {
  italianRequirementWeight, languageGapCost, locationAtRadius, locationZeroAtRadii, unknownLanguageValue,
  unknownLocationValue,
} from './scoring-weights.js';

export interface LanguageGap {
  lang: string;
  required: string;
  candidate: string;
  /** CEFR levels short; 0 when the requirement is met. */
  gap: number;
}

/** Graded language fit: each level short costs a third of that requirement, Italian counts double. */
export function languageFit(candidate: CandidateProfile, vacancy: VacancyProfile): { value: number; gaps: LanguageGap[] } {
  const gaps = vacancy.languages.map(({ lang, level }): LanguageGap => {
    const has = candidate.languages?.get(lang) ?? 0;
    return { lang, required: cefrName(level), candidate: candidate.languages ? cefrName(has) : 'unknown', gap: Math.max(0, level - has) };
  });
  return { value: languageValue(candidate, vacancy), gaps };
}

/** The value of `languageFit` alone, without allocating: the engine computes it for many pairs it then skips. */
export function languageValue(candidate: CandidateProfile, vacancy: VacancyProfile): number {
  if (vacancy.languages.length === 0) return 1;
  let total = 0;
  let weightSum = 0;
  for (const { lang, level } of vacancy.languages) {
    const weight = lang === 'it' ? italianRequirementWeight : 1;
    const gap = Math.max(0, level - (candidate.languages?.get(lang) ?? 0));
    total += weight * (candidate.languages === undefined ? unknownLanguageValue : Math.max(0, 1 - languageGapCost * gap));
    weightSum += weight;
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

/** 1 on the spot, 0.7 at the mobility radius, 0 at three radii; remote vacancies fit everyone. */
export function locationFit(candidate: CandidateProfile, vacancy: VacancyProfile): { value: number; distanceKm?: number } {
  const value = locationValue(candidate, vacancy);
  if (vacancy.remote || !candidate.place || !vacancy.place) return { value };
  return { value, distanceKm: Math.round(haversineKm(candidate.place, vacancy.place) * 10) / 10 };
}

export function locationValue(candidate: CandidateProfile, vacancy: VacancyProfile): number {
  if (vacancy.remote) return 1;
  if (!candidate.place || !vacancy.place) return unknownLocationValue;
  const distanceKm = haversineKm(candidate.place, vacancy.place);
  const radius = Math.max(1, candidate.mobilityKm);
  return distanceKm <= radius
    ? 1 - (1 - locationAtRadius) * (distanceKm / radius)
    : Math.max(0, locationAtRadius * (1 - (distanceKm - radius) / ((locationZeroAtRadii - 1) * radius)));
}

export type PracticalIssue = 'driving-licence' | 'contract-type' | 'hours' | 'availability';

/** The mean of the practical checks that apply; each check is 1 when nothing contradicts it. */
export function practicalFit(candidate: CandidateProfile, vacancy: VacancyProfile): { value: number; issues: PracticalIssue[] } {
  const issues: PracticalIssue[] = [];
  forEachPracticalCheck(candidate, vacancy, (issue, value) => {
    if (value < 1) issues.push(issue);
  });
  return { value: practicalValue(candidate, vacancy), issues };
}

export function practicalValue(candidate: CandidateProfile, vacancy: VacancyProfile): number {
  let sum = 0;
  let count = 0;
  forEachPracticalCheck(candidate, vacancy, (_issue, value) => {
    sum += value;
    count += 1;
  });
  return count === 0 ? 1 : sum / count;
}

/** Calls `check` once per practical check that applies, in a fixed order (the mean adds them in it). */
function forEachPracticalCheck(candidate: CandidateProfile, vacancy: VacancyProfile, check: (issue: PracticalIssue, value: number) => void): void {
  if (vacancy.licences.length > 0) {
    let held = 0;
    for (const licence of vacancy.licences) if (candidate.licences.includes(licence)) held += 1;
    check('driving-licence', held / vacancy.licences.length);
  }
  if (vacancy.contractType && candidate.contractTypes && candidate.contractTypes.length > 0) {
    // A contract the person did not ask for is often still taken, so it costs 0.7, not everything.
    check('contract-type', candidate.contractTypes.includes(vacancy.contractType) ? 1 : 0.3);
  }
  if (vacancy.hoursPerWeek !== undefined && candidate.maxHoursPerWeek !== undefined) {
    const over = Math.max(0, vacancy.hoursPerWeek - candidate.maxHoursPerWeek);
    check('hours', Math.max(0, 1 - over / Math.max(1, candidate.maxHoursPerWeek)));
  }
  if (candidate.availableFromDay !== undefined) check('availability', availabilityValue(candidate.availableFromDay, vacancy));
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
