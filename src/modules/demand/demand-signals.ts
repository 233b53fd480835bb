import type { DemandRow, DemandSettings, Trend } from './demand.types.js';

const DAY_MS = 86_400_000;

export function daysBetween(from: string, to: string): number {
  return Math.floor((Date.parse(to) - Date.parse(from)) / DAY_MS);
}

/** Counters for one (area, dimension, key) while the vacancies stream past. */
export interface DemandAccumulator {
  active: number;
  ageDaysSum: number;
  posted: number;
  reposted: number;
  decayed: number;
  recent: number;
  earlier: number;
}

export const newAccumulator = (): DemandAccumulator => ({ active: 0, ageDaysSum: 0, posted: 0, reposted: 0, decayed: 0, recent: 0, earlier: 0 });

/** What one canonical vacancy contributes, computed once and added to each of its keys. */
export interface VacancyContribution {
  active: boolean;
  ageDays: number;
  /** Posted within the horizon (counts towards new-per-week and the trend). */
  inHorizon: boolean;
  recent: boolean;
  decayWeight: number;
  reposted: boolean;
}

export function addContribution(acc: DemandAccumulator, c: VacancyContribution): void {
  acc.posted += 1;
  if (c.reposted) acc.reposted += 1;
  if (c.active) {
    acc.active += 1;
    acc.ageDaysSum += c.ageDays;
  }
  if (!c.inHorizon) return;
  acc.decayed += c.decayWeight;
  if (c.recent) acc.recent += 1;
  else acc.earlier += 1;
}

/** Σ of the daily decay weights over the horizon: dividing by it turns decayed counts into a daily rate. */
export function decayNormaliser(settings: DemandSettings): number {
  let sum = 0;
  for (let d = 0; d < settings.horizonDays; d++) sum += 2 ** (-d / settings.halfLifeDays);
  return sum;
}

export function decayWeight(ageDays: number, settings: DemandSettings): number {
  return 2 ** (-Math.max(0, ageDays) / settings.halfLifeDays);
}

/** Vacancies open three months or more, or reposted one time in three, are hard to fill. */
const FULL_AGE_DAYS = 90;
const FULL_REPOST_SHARE = 0.33;

export function hardToFillScore(meanDaysOpen: number, repostShare: number): number {
  const score = 0.6 * Math.min(1, meanDaysOpen / FULL_AGE_DAYS) + 0.4 * Math.min(1, repostShare / FULL_REPOST_SHARE);
  return round(score, 3);
}

/** A trend needs a few vacancies to mean anything; three recent ones is the least we call "emerging". */
const MIN_EMERGING_RECENT = 3;

export function trendOf(acc: DemandAccumulator, settings: DemandSettings): { trend: Trend; ratio: number; emerging: boolean } {
  const recentWeeks = settings.recentDays / 7;
  const earlierWeeks = (settings.horizonDays - settings.recentDays) / 7;
  // +0.5 smooths small counts so one vacancy does not look like a boom.
  const ratio = round((acc.recent + 0.5) / recentWeeks / ((acc.earlier + 0.5) / earlierWeeks), 2);
  const trend: Trend = acc.earlier === 0 && acc.recent > 0 ? 'new' : ratio >= 1.25 ? 'rising' : ratio <= 0.8 ? 'falling' : 'stable';
  const emerging = acc.recent >= MIN_EMERGING_RECENT && (trend === 'new' || ratio >= 2);
  return { trend, ratio, emerging };
}

export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export interface RowFacts {
  key: string;
  label: string;
  supply: number;
  green: boolean;
  digital: boolean;
  iscoGroup?: string;
}

export function toDemandRow(acc: DemandAccumulator, facts: RowFacts, settings: DemandSettings, normaliser: number): DemandRow {
  const meanDaysOpen = acc.active > 0 ? round(acc.ageDaysSum / acc.active, 1) : 0;
  const repostShare = acc.posted > 0 ? round(acc.reposted / acc.posted, 3) : 0;
  const { trend, ratio, emerging } = trendOf(acc, settings);
  return {
    ...facts,
    active: acc.active,
    newPerWeek: round((7 * acc.decayed) / normaliser, 2),
    meanDaysOpen,
    repostShare,
    hardToFill: hardToFillScore(meanDaysOpen, repostShare),
    shortageRatio: round(acc.active / (facts.supply + 1), 2),
    trend,
    trendRatio: ratio,
    emerging,
  };
}
