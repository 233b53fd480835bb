/** Graded relevance metrics: gains 2 (same occupation) and 1 (same ISCO unit group). */
export function ndcgAt(gains: readonly number[], idealGains: readonly number[], k: number): number {
  const dcg = (g: readonly number[]) => g.slice(0, k).reduce((sum, gain, i) => sum + gain / Math.log2(i + 2), 0);
  const ideal = dcg([...idealGains].sort((a, b) => b - a));
  return ideal === 0 ? 0 : dcg(gains) / ideal;
}

/** 1 / rank of the first result with any relevance. */
export function reciprocalRank(gains: readonly number[]): number {
  const rank = gains.findIndex((g) => g > 0);
  return rank < 0 ? 0 : 1 / (rank + 1);
}

/** Share of the same-occupation items (gain 2) found in the top k, out of min(k, how many exist). */
export function recallAt(gains: readonly number[], idealGains: readonly number[], k: number): number {
  const exact = idealGains.filter((g) => g === 2).length;
  return exact === 0 ? 0 : gains.slice(0, k).filter((g) => g === 2).length / Math.min(k, exact);
}

export interface MetricSummary {
  ndcg10: number;
  mrr: number;
  recall10: number;
}

export function summarise(runs: { gains: number[]; ideal: number[] }[]): MetricSummary {
  const mean = (f: (r: { gains: number[]; ideal: number[] }) => number) => runs.reduce((s, r) => s + f(r), 0) / Math.max(1, runs.length);
  return {
    ndcg10: mean((r) => ndcgAt(r.gains, r.ideal, 10)),
    mrr: mean((r) => reciprocalRank(r.gains)),
    recall10: mean((r) => recallAt(r.gains, r.ideal, 10)),
  };
}
