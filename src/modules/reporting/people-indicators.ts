import type { IndicatorInput, IndicatorRow, ReportCandidate, ReportIntervention } from './indicator.types.js';
import { holdsInternationalProtection, inPeriod, isAged15To29At, isPlacement, isWoman, overlapsPeriod } from './period-rules.js';
import { CountTable } from './count-table.js';
import { suppressSubgroup, isSmallCount } from './suppression.js';
import { daysBetween, percentile } from './statistics.js';

export function groupByCandidate(interventions: readonly ReportIntervention[]): Map<string, ReportIntervention[]> {
  const byCandidate = new Map<string, ReportIntervention[]>();
  for (const intervention of interventions) {
    const list = byCandidate.get(intervention.candidateId) ?? [];
    list.push(intervention);
    byCandidate.set(intervention.candidateId, list);
  }
  for (const list of byCandidate.values()) list.sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id.localeCompare(b.id));
  return byCandidate;
}

const vulnerableGroups: [string, (c: ReportCandidate, from: string) => boolean][] = [
  ['women', (c) => isWoman(c)],
  ['age-15-29', (c, from) => isAged15To29At(c, from)],
  ['international-protection', (c) => holdsInternationalProtection(c)],
];

/** People of the unit who received at least one service during the period, wherever it was delivered. */
export function engagedCandidatesRows(input: IndicatorInput, byCandidate: ReadonlyMap<string, ReportIntervention[]>): IndicatorRow[] {
  const engaged = input.candidates.filter((c) => (byCandidate.get(c.id) ?? []).some((i) => overlapsPeriod(i, input.period)));
  const table = new CountTable('candidates-engaged');
  table.set('total', 'all', engaged.length);
  for (const child of new Set(input.childOf.values())) table.set('unit', child, 0, { unit: child });
  for (const candidate of engaged) {
    const child = input.childOf.get(candidate.centreId);
    if (child) table.add('unit', child);
  }
  if (input.childOf.size > 0) table.relate('total', 'all', 'unit');
  const rows = table.rows(input.threshold);
  const total = rows[0]!;
  for (const [group, belongs] of vulnerableGroups) {
    const value = engaged.filter((c) => belongs(c, input.period.from)).length;
    // Groups overlap, so they are no partition; each is protected with its own complement instead.
    const reason = total.value === null ? 'secondary' : suppressSubgroup(value, engaged.length, input.threshold);
    rows.push({ indicator: 'candidates-engaged', breakdown: 'group', category: group, value: reason ? null : value, ...(reason ? { suppressed: reason } : {}) });
  }
  return rows;
}

function durationRows(indicator: string, days: number[], threshold: number): IndicatorRow[] {
  const n = days.length;
  const hidden = isSmallCount(n, threshold);
  const row = (category: string, value: number | undefined): IndicatorRow =>
    hidden ? { indicator, breakdown: 'days', category, value: null, suppressed: 'primary' } : { indicator, breakdown: 'days', category, value: value ?? null };
  return [row('candidates', n), row('median', percentile(days, 50)), row('p75', percentile(days, 75))];
}

/**
 * Days from registration to the first service and to the first placement, for the people whose first
 * one fell in the period. A service dated before the registration counts as day 0.
 */
export function timeToRows(input: IndicatorInput, byCandidate: ReadonlyMap<string, ReportIntervention[]>): IndicatorRow[] {
  const toFirst: number[] = [];
  const toPlacement: number[] = [];
  for (const candidate of input.candidates) {
    const own = byCandidate.get(candidate.id) ?? [];
    const first = own[0];
    if (first && inPeriod(first.startDate, input.period)) toFirst.push(Math.max(0, daysBetween(candidate.registeredOn, first.startDate)));
    const placement = own.find(isPlacement);
    if (placement && inPeriod(placement.startDate, input.period)) toPlacement.push(Math.max(0, daysBetween(candidate.registeredOn, placement.startDate)));
  }
  return [...durationRows('days-to-first-intervention', toFirst, input.threshold), ...durationRows('days-to-placement', toPlacement, input.threshold)];
}
