import type { ReportCandidate, ReportIntervention, ReportPeriod } from './indicator.types.js';

/** International protection in Italian law: refugee status and subsidiary protection (d.lgs. 251/2007); not asylum applicants. */
export const internationalProtectionStatuses: ReadonlySet<string> = new Set(['refugee', 'subsidiary-protection', 'international-protection']);

const womenGenders: ReadonlySet<string> = new Set(['female', 'f', 'woman', 'donna']);

export const isWoman = (candidate: ReportCandidate): boolean => womenGenders.has((candidate.gender ?? '').toLowerCase());

export const holdsInternationalProtection = (candidate: ReportCandidate): boolean =>
  internationalProtectionStatuses.has((candidate.protectionStatus ?? '').toLowerCase());

/**
 * Only the birth year is stored, so the age at the period's start is the age reached in that calendar
 * year; a person is "young" when that is 15 to 29.
 */
export function isAged15To29At(candidate: ReportCandidate, date: string): boolean {
  if (candidate.birthYear === undefined) return false;
  const age = Number(date.slice(0, 4)) - candidate.birthYear;
  return age >= 15 && age <= 29;
}

export const inPeriod = (date: string, period: ReportPeriod): boolean => date >= period.from && date <= period.to;

/** A service counts in every period it was being delivered in, not only the one it started in. */
export function overlapsPeriod(intervention: Pick<ReportIntervention, 'startDate' | 'endDate'>, period: ReportPeriod): boolean {
  return intervention.startDate <= period.to && (intervention.endDate ?? intervention.startDate) >= period.from;
}

/** The date an intervention's result exists: the end of a period-long service, the day of a one-off. */
export const completionDate = (intervention: Pick<ReportIntervention, 'startDate' | 'endDate'>): string => intervention.endDate ?? intervention.startDate;

/** Placements that did not happen are not placements. */
export const isPlacement = (intervention: ReportIntervention): boolean => intervention.type === 'placement' && intervention.outcome !== 'not-achieved';
