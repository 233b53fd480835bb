/** Rounds a score for output: 4 decimals are enough to rank and keep JSON short. */
export function roundScore(score: number): number {
  return Math.round(score * 10_000) / 10_000;
}
