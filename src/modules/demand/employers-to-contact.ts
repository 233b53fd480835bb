import type { DemandVacancy, EmployerToContact } from './demand.types.js';
import { provinceArea, regionArea } from './demand-supply.js';

/** Area key → occupation URIs in shortage there. */
export type ShortageKeys = Map<string, Set<string>>;

function isActive(v: DemandVacancy, asOf: string): boolean {
  if (v.closed || v.duplicateOf || !v.postedOn || v.postedOn.slice(0, 10) > asOf) return false;
  return v.validThrough === undefined || v.validThrough.slice(0, 10) >= asOf;
}

/**
 * Employers with active vacancies in shortage occupations, most such vacancies first: the people the
 * awareness action line calls to present candidates they may not have considered.
 */
export function employersToContact(
  vacancies: readonly DemandVacancy[],
  shortage: ShortageKeys,
  asOf: string,
  perArea: number,
): Map<string, EmployerToContact[]> {
  const byArea = new Map<string, Map<string, EmployerToContact>>();
  for (const v of vacancies) {
    if (!v.employer?.id || !v.occupation || !v.province || !v.region || !isActive(v, asOf)) continue;
    for (const area of [provinceArea(v.province), regionArea(v.region)]) {
      if (!shortage.get(area)?.has(v.occupation)) continue;
      let employers = byArea.get(area);
      if (!employers) byArea.set(area, (employers = new Map()));
      let entry = employers.get(v.employer.id);
      if (!entry) {
        entry = { employerId: v.employer.id, name: v.employer.name ?? v.employer.id, ateco: v.employer.ateco, shortageVacancies: 0, occupations: [] };
        employers.set(v.employer.id, entry);
      }
      entry.shortageVacancies += 1;
      if (!entry.occupations.includes(v.occupation)) entry.occupations.push(v.occupation);
    }
  }
  const result = new Map<string, EmployerToContact[]>();
  for (const [area, employers] of byArea) {
    const ranked = [...employers.values()].sort((a, b) => b.shortageVacancies - a.shortageVacancies || (a.employerId < b.employerId ? -1 : 1));
    result.set(area, ranked.slice(0, perArea));
  }
  return result;
}
