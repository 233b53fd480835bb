/** Rounds a score for output: 4 decimals are enough to rank and keep JSON short. */
export function roundScore(score: number): number {
  return Math.round(score * 10_000) / 10_000;
}

/**
 * Keeps `best` as the `limit` best entries seen so far, best first, inserting `entry` in its place when it ranks
 * among them. `before(a, b)`: a ranks strictly ahead of b, so an entry tying the last one kept stays out and ties keep
 * the order entries came in. Selection by insertion: the lists are long and `limit` small, and sorting them all cost
 * more (thousands of touched skills per sentence, thousands of autocomplete labels per prefix, every term of an index).
 */
export function insertTopK<T>(best: T[], entry: T, limit: number, before: (a: T, b: T) => boolean): void {
  const full = best.length >= limit;
  if (limit <= 0 || (full && !before(entry, best[limit - 1]!))) return;
  let at = full ? limit - 1 : best.length;
  while (at > 0 && before(entry, best[at - 1]!)) {
    best[at] = best[at - 1]!;
    at -= 1;
  }
  best[at] = entry;
}
