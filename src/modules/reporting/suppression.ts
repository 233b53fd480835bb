/**
 * Small-count protection for published tables. Primary: a count from 1 to threshold−1 is hidden.
 * Secondary: every additive relation (a total and the parts that sum to it) must hide either none or
 * at least two of its cells, or the hidden one could be recovered by subtraction.
 */
export type SuppressionReason = 'primary' | 'secondary' | 'complement';

/** `total` equals the sum of `parts`; keys name cells of the same table. */
export interface AdditiveRelation {
  total: string;
  parts: string[];
}

export const isSmallCount = (value: number, threshold: number): boolean => value > 0 && value < threshold;

/** Prefers hiding the smallest visible part: it costs the least information; the total only as a last resort. */
function pickSecondary(relation: AdditiveRelation, values: ReadonlyMap<string, number>, hidden: ReadonlyMap<string, SuppressionReason>): string | undefined {
  const visibleParts = relation.parts.filter((key) => !hidden.has(key));
  const byValue = (a: string, b: string): number => (values.get(a) ?? 0) - (values.get(b) ?? 0) || a.localeCompare(b);
  const nonZero = visibleParts.filter((key) => (values.get(key) ?? 0) > 0).sort(byValue);
  const zero = visibleParts.filter((key) => (values.get(key) ?? 0) === 0).sort(byValue);
  return nonZero[0] ?? zero[0] ?? (hidden.has(relation.total) ? undefined : relation.total);
}

export function suppressTable(values: ReadonlyMap<string, number>, relations: readonly AdditiveRelation[], threshold: number): Map<string, SuppressionReason> {
  const hidden = new Map<string, SuppressionReason>();
  for (const [key, value] of values) if (isSmallCount(value, threshold)) hidden.set(key, 'primary');
  // Hiding one cell can expose another relation; repeat until every relation is safe.
  for (let changed = true; changed; ) {
    changed = false;
    for (const relation of relations) {
      const count = [relation.total, ...relation.parts].filter((key) => hidden.has(key)).length;
      if (count !== 1) continue;
      const extra = pickSecondary(relation, values, hidden);
      if (extra === undefined) continue;
      hidden.set(extra, 'secondary');
      changed = true;
    }
  }
  return hidden;
}

/**
 * For overlapping groups (women, young people, …) only the total and the group are published, so the
 * rest of the total (total − group) is implied: a small rest identifies people as surely as a small group.
 */
export function suppressSubgroup(value: number, total: number, threshold: number): SuppressionReason | undefined {
  if (isSmallCount(value, threshold)) return 'primary';
  if (isSmallCount(total - value, threshold)) return 'complement';
  return undefined;
}
