import type { IndicatorInput, IndicatorRow } from './indicator.types.js';
import { engagedCandidatesRows, groupByCandidate, timeToRows } from './people-indicators.js';
import { competenceRows, interventionRows, placementRows } from './service-indicators.js';

/**
 * Every PRIMA indicator for one unit and period, as flat rows ready for CSV or JSON, with small
 * counts already suppressed. Pure: the caller loads the records.
 */
export function computeIndicators(input: IndicatorInput): IndicatorRow[] {
  const inScope = input.candidates.filter((c) => input.centreIds.has(c.centreId));
  const scoped = { ...input, candidates: inScope };
  const byCandidate = groupByCandidate(input.interventions);
  return [
    ...engagedCandidatesRows(scoped, byCandidate),
    ...interventionRows(scoped),
    ...placementRows(scoped),
    ...timeToRows(scoped, byCandidate),
    ...competenceRows(scoped),
  ];
}
