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
  if (vacancy.languages.length === 0) return { value: 1, gaps: [] };
  let total = 0;
  let weightSum = 0;
  const gaps: LanguageGap[] = [];
  for (const { lang, level } of vacancy.languages) {
    const weight = lang === 'it' ? italianRequirementWeight : 1;
    const has = candidate.languages?.get(lang) ?? 0;
    const gap = Math.max(0, level - has);
    const value = candidate.languages === undefined ? unknownLanguageValue : Math.max(0, 1 - languageGapCost * gap);
    gaps.push({ lang, required: cefrName(level), candidate: candidate.languages ? cefrName(has) : 'unknown', gap });
    total += weight * value;
    weightSum += weight;
  }
  return { value: total / weightSum, gaps };
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
  if (vacancy.remote) return { value: 1 };
  if (!candidate.place || !vacancy.place) return { value: unknownLocationValue };
  const distanceKm = haversineKm(candidate.place, vacancy.place);
  const radius = Math.max(1, candidate.mobilityKm);
  const value = distanceKm <= radius
    ? 1 - (1 - locationAtRadius) * (distanceKm / radius)
    : Math.max(0, locationAtRadius * (1 - (distanceKm - radius) / ((locationZeroAtRadii - 1) * radius)));
  return { value, distanceKm: Math.round(distanceKm * 10) / 10 };
}

export type PracticalIssue = 'driving-licence' | 'contract-type' | 'hours' | 'availability';

/** The mean of the practical checks that apply; each check is 1 when nothing contradicts it. */
export function practicalFit(candidate: CandidateProfile, vacancy: VacancyProfile): { value: number; issues: PracticalIssue[] } {
  const checks: [PracticalIssue, number][] = [];
  if (vacancy.licences.length > 0) {
    const held = vacancy.licences.filter((l) => candidate.licences.includes(l)).length;
    checks.push(['driving-licence', held / vacancy.licences.length]);
  }
  if (vacancy.contractType && candidate.contractTypes && candidate.contractTypes.length > 0) {
    // A contract the person did not ask for is often still taken, so it costs 0.7, not everything.
    checks.push(['contract-type', candidate.contractTypes.includes(vacancy.contractType) ? 1 : 0.3]);
  }
  if (vacancy.hoursPerWeek !== undefined && candidate.maxHoursPerWeek !== undefined) {
    const over = Math.max(0, vacancy.hoursPerWeek - candidate.maxHoursPerWeek);
    checks.push(['hours', Math.max(0, 1 - over / Math.max(1, candidate.maxHoursPerWeek))]);
  }
  if (candidate.availableFromDay !== undefined) checks.push(['availability', availabilityValue(candidate.availableFromDay, vacancy)]);
  if (checks.length === 0) return { value: 1, issues: [] };
  const value = checks.reduce((sum, [, v]) => sum + v, 0) / checks.length;
  return { value, issues: checks.filter(([, v]) => v < 1).map(([issue]) => issue) };
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
