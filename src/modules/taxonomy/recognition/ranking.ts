/** Keeps the best score per key. */
export function keepMax<K>(scores: Map<K, number>, key: K, score: number): void {
  const current = scores.get(key);
  if (current === undefined || score > current) scores.set(key, score);
}

/** The `top` entries with the highest scores, best first; ties broken by key for stable output. */
export function topEntries<K extends string | number>(scores: Map<K, number>, top: number): [K, number][] {
  return [...scores]
    .filter(([, s]) => s > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, top);
}

/** Rounds a score for output: 4 decimals are enough to rank and keep JSON short. */
export function roundScore(score: number): number {
  return Math.round(score * 10_000) / 10_000;
}
