/** A set that can be chosen: the elements it covers and what choosing it costs (hours, distance …). */
export interface CoverSet<T> {
  item: T;
  elements: readonly string[];
  cost: number;
}

export interface CoverOptions<T> {
  /** Stop once this share of the total weight is covered ("most of the gap"). */
  targetShare: number;
  maxSets: number;
  /** Whether a set can join the ones already chosen (e.g. schedules that do not clash). */
  compatible?: (candidate: T, chosen: readonly T[]) => boolean;
}

export interface Cover<T> {
  chosen: T[];
  covered: string[];
  coveredWeight: number;
  totalWeight: number;
}

/**
 * Greedy weighted set cover: repeatedly take the set with the most newly covered weight per unit of
 * cost. It is within ln(n) of the optimum and, on a handful of gap skills, usually finds it.
 */
export function greedyWeightedCover<T>(weights: ReadonlyMap<string, number>, sets: readonly CoverSet<T>[], options: CoverOptions<T>): Cover<T> {
  const totalWeight = [...weights.values()].reduce((a, b) => a + b, 0);
  const covered = new Set<string>();
  const chosen: CoverSet<T>[] = [];
  let coveredWeight = 0;
  while (chosen.length < options.maxSets && coveredWeight < options.targetShare * totalWeight) {
    let best: { set: CoverSet<T>; gain: number; ratio: number } | undefined;
    for (const set of sets) {
      if (chosen.includes(set) || (options.compatible && !options.compatible(set.item, chosen.map((c) => c.item)))) continue;
      const gain = set.elements.reduce((sum, e) => sum + (covered.has(e) ? 0 : (weights.get(e) ?? 0)), 0);
      const ratio = gain / Math.max(set.cost, 1e-9);
      if (gain > 0 && (!best || ratio > best.ratio)) best = { set, gain, ratio };
    }
    if (!best) break;
    chosen.push(best.set);
    coveredWeight += best.gain;
    for (const e of best.set.elements) if (weights.has(e)) covered.add(e);
  }
  return { chosen: chosen.map((c) => c.item), covered: [...covered], coveredWeight, totalWeight };
}
