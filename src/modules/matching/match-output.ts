import type { MatchExplanation } from './match-explainer.js';

/** One match as the `match` command and the API print it (CONTRACTS.md §2 fields first). */
export function toMatchRow(e: MatchExplanation): Record<string, unknown> {
  return {
    vacancyId: e.vacancyId,
    candidateId: e.candidateId,
    score: e.score,
    eligible: e.eligible,
    ...(e.eligible ? {} : { ineligibleReasons: e.ineligibleReasons }),
    breakdown: e.breakdown,
    matchedSkills: e.matchedSkills,
    missingSkills: e.missingSkills,
    occupationMatch: e.occupationMatch,
    languageGaps: e.languageGaps,
    distanceKm: e.distanceKm ?? null,
    reasons: e.reasons,
  };
}
