import type { Principal } from './identity.types.js';
import { candidateViewFor, type CandidateAccessFacts } from './data-scope.js';
import { distanceBand } from './candidate-redaction.js';

/** A match row as the matching module produces it; only allow-listed fields reach employers. */
export type MatchRowLike = Record<string, unknown>;

export const candidateIdOf = (row: MatchRowLike): string => String(row.candidateId);

export interface ShortlistFacts extends CandidateAccessFacts {
  /** Active consent to appear, pseudonymously, in employers' shortlists. */
  sharedWithEmployers: boolean;
}

export interface PseudonymousMatchRow {
  ref: string;
  vacancyId: unknown;
  score: unknown;
  eligible: true;
  distanceBand?: string;
  matchedSkills: unknown;
  missingSkills: unknown;
  languageGaps: unknown;
  occupationMatch: unknown;
  breakdown: unknown;
}

/**
 * What one caller may see of one match row: staff see their own centre's (and consenting) candidates;
 * employers see consenting, eligible candidates as pseudonymous rows, by allow-list (no id, no reasons that
 * could name a permit or a place, distance as a band), until the candidate agrees to an introduction.
 */
export function shapeMatchRow<T extends MatchRowLike>(principal: Principal, row: T, facts: ShortlistFacts | undefined, ref: string): (T | PseudonymousMatchRow)[] {
  if (!facts) return [];
  const view = candidateViewFor(principal, facts);
  if (view === 'full' || view === 'shared') return [row];
  if (view === 'introduced') {
    const { ineligibleReasons: _reasons, ...rest } = row;
    return [rest as T];
  }
  if (view !== 'pseudonymous' || !facts.sharedWithEmployers || row.eligible !== true) return [];
  const band = distanceBand(typeof row.distanceKm === 'number' ? row.distanceKm : undefined);
  return [{
    ref, vacancyId: row.vacancyId, score: row.score, eligible: true, ...(band ? { distanceBand: band } : {}),
    matchedSkills: row.matchedSkills, missingSkills: row.missingSkills, languageGaps: row.languageGaps,
    occupationMatch: row.occupationMatch, breakdown: row.breakdown,
  }];
}
