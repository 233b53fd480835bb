import type { AreaDemand, AreaScope, DemandCandidate, DemandRow, DemandSettings, DemandVacancy, Dimension } from './demand.types.js';
import {
  addContribution, daysBetween, decayNormaliser, decayWeight, newAccumulator, toDemandRow,
  type DemandAccumulator, type VacancyContribution,
} from './demand-signals.js';
import { countSupply, provinceArea, regionArea, vacancyPlacesByProvince, type SupplyByArea } from './demand-supply.js';
import { employersToContact, type ShortageKeys } from './employers-to-contact.js';

/** What the computation needs to know about ESCO concepts (the taxonomy module provides it). */
export interface DemandLookups {
  occupation(uri: string): { label: string; iscoGroup: string; essentialSkills: readonly string[]; green: boolean; digital: boolean } | undefined;
  skill(uri: string): { label: string; green: boolean; digital: boolean } | undefined;
  iscoLabel(code: string): string | undefined;
}

export interface DemandOptions {
  defaultMobilityKm: number;
  employersPerArea: number;
}

const dimensionByPrefix: Record<string, Dimension> = { o: 'occupation', i: 'isco', s: 'skill' };

/** Feature keys of a vacancy: its occupation, the occupation's ISCO group and each skill, once each. */
function vacancyFeatures(v: DemandVacancy, lookups: DemandLookups): string[] {
  const keys = new Set<string>();
  const occupation = v.occupation ? lookups.occupation(v.occupation) : undefined;
  if (v.occupation && occupation) {
    keys.add(`o:${v.occupation}`);
    keys.add(`i:${occupation.iscoGroup}`);
  }
  for (const s of v.skills) if (lookups.skill(s.uri)) keys.add(`s:${s.uri}`);
  return [...keys];
}

function candidateFeatures(c: DemandCandidate, lookups: DemandLookups): string[] {
  const keys: string[] = c.skills.map((s) => `s:${s}`);
  for (const uri of c.occupations) {
    const occupation = lookups.occupation(uri);
    if (!occupation) continue;
    keys.push(`o:${uri}`, `i:${occupation.iscoGroup}`, ...occupation.essentialSkills.map((s) => `s:${s}`));
  }
  return keys;
}

function contributionOf(v: DemandVacancy, reposts: number, settings: DemandSettings): VacancyContribution | undefined {
  if (!v.postedOn || v.postedOn.slice(0, 10) > settings.asOf) return undefined;
  const ageDays = daysBetween(v.postedOn.slice(0, 10), settings.asOf);
  const expired = v.validThrough !== undefined && v.validThrough.slice(0, 10) < settings.asOf;
  return {
    active: !v.closed && !expired,
    ageDays,
    inHorizon: ageDays < settings.horizonDays,
    recent: ageDays < settings.recentDays,
    decayWeight: decayWeight(ageDays, settings),
    reposted: reposts > 0,
  };
}

type AreaAccumulators = Map<string, { active: number; features: Map<string, DemandAccumulator> }>;

function accumulate(vacancies: readonly DemandVacancy[], lookups: DemandLookups, settings: DemandSettings): AreaAccumulators {
  const reposts = new Map<string, number>();
  for (const v of vacancies) if (v.duplicateOf) reposts.set(v.duplicateOf, (reposts.get(v.duplicateOf) ?? 0) + 1);
  const areas: AreaAccumulators = new Map();
  for (const v of vacancies) {
    if (v.duplicateOf || !v.province || !v.region) continue;
    const c = contributionOf(v, reposts.get(v.id) ?? 0, settings);
    if (!c) continue;
    const features = vacancyFeatures(v, lookups);
    for (const area of [provinceArea(v.province), regionArea(v.region)]) {
      let entry = areas.get(area);
      if (!entry) areas.set(area, (entry = { active: 0, features: new Map() }));
      if (c.active) entry.active += 1;
      for (const key of features) {
        let acc = entry.features.get(key);
        if (!acc) entry.features.set(key, (acc = newAccumulator()));
        addContribution(acc, c);
      }
    }
  }
  return areas;
}

function rowFacts(key: string, lookups: DemandLookups) {
  const [prefix, id] = [key.slice(0, 1), key.slice(2)];
  if (prefix === 'o') {
    const o = lookups.occupation(id);
    return { label: o?.label ?? id, green: o?.green ?? false, digital: o?.digital ?? false, iscoGroup: o?.iscoGroup };
  }
  if (prefix === 's') {
    const s = lookups.skill(id);
    return { label: s?.label ?? id, green: s?.green ?? false, digital: s?.digital ?? false };
  }
  return { label: lookups.iscoLabel(id) ?? id, green: false, digital: false };
}

const byActiveThenKey = (a: DemandRow, b: DemandRow): number => b.active - a.active || b.newPerWeek - a.newPerWeek || (a.key < b.key ? -1 : 1);

/** Demand per region and province, for every occupation, ISCO group and skill found in the vacancies. */
export function computeDemand(
  vacancies: readonly DemandVacancy[],
  candidates: readonly DemandCandidate[],
  lookups: DemandLookups,
  settings: DemandSettings,
  options: DemandOptions = { defaultMobilityKm: 30, employersPerArea: 50 },
): AreaDemand[] {
  const areas = accumulate(vacancies, lookups, settings);
  const places = vacancyPlacesByProvince(vacancies);
  const supply: SupplyByArea = countSupply(candidates, places, (c) => candidateFeatures(c, lookups), options.defaultMobilityKm);
  const normaliser = decayNormaliser(settings);
  const results: AreaDemand[] = [];
  const shortage: ShortageKeys = new Map();
  for (const [area, entry] of [...areas].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [scope, code] = area.split(':') as [AreaScope, string];
    const areaSupply = supply.get(area);
    const rows: Record<Dimension, DemandRow[]> = { occupation: [], isco: [], skill: [] };
    for (const [key, acc] of entry.features) {
      const facts = { key: key.slice(2), ...rowFacts(key, lookups), supply: areaSupply?.keys.get(key) ?? 0 };
      rows[dimensionByPrefix[key.slice(0, 1)]!].push(toDemandRow(acc, facts, settings, normaliser));
    }
    shortage.set(area, new Set(rows.occupation.filter(isShortage).map((r) => r.key)));
    results.push({
      scope, code, asOf: settings.asOf, activeVacancies: entry.active, candidates: areaSupply?.candidates ?? 0,
      occupations: rows.occupation.sort(byActiveThenKey), isco: rows.isco.sort(byActiveThenKey), skills: rows.skill.sort(byActiveThenKey),
      employersToContact: [],
    });
  }
  const employers = employersToContact(vacancies, shortage, settings.asOf, options.employersPerArea);
  for (const r of results) r.employersToContact = employers.get(`${r.scope}:${r.code}`) ?? [];
  return results;
}

/** More open vacancies than people within reach, or vacancies that stay open or get reposted. */
export function isShortage(row: DemandRow): boolean {
  return row.active > 0 && (row.shortageRatio >= 1 || row.hardToFill >= 0.5);
}
