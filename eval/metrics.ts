/** Ranking metrics shared by the evaluations. */
export interface RankingMetrics {
  mrr: number;
  recallAt: Record<number, number>;
  rpAt: Record<number, number>;
  count: number;
}

export function reciprocalRank(ranked: readonly string[], relevant: ReadonlySet<string>): number {
  const rank = ranked.findIndex((uri) => relevant.has(uri));
  return rank < 0 ? 0 : 1 / (rank + 1);
}

/** RP@K: relevant items in the top K divided by min(K, number of relevant items). */
export function rPrecisionAt(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  const hits = ranked.slice(0, k).filter((uri) => relevant.has(uri)).length;
  return hits / Math.min(k, relevant.size);
}

export function recallAt(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  return ranked.slice(0, k).some((uri) => relevant.has(uri)) ? 1 : 0;
}

export function evaluateRankings(cases: { ranked: readonly string[]; relevant: ReadonlySet<string> }[], ks = [1, 5, 10]): RankingMetrics {
  const mean = (f: (c: (typeof cases)[number]) => number): number => cases.reduce((s, c) => s + f(c), 0) / Math.max(1, cases.length);
  return {
    mrr: mean((c) => reciprocalRank(c.ranked, c.relevant)),
    recallAt: Object.fromEntries(ks.map((k) => [k, mean((c) => recallAt(c.ranked, c.relevant, k))])),
    rpAt: Object.fromEntries(ks.map((k) => [k, mean((c) => rPrecisionAt(c.ranked, c.relevant, k))])),
    count: cases.length,
  };
}
