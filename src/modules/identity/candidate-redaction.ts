import type { CandidateView } from './data-scope.js';

type CandidateRecord = Record<string, unknown>;

export interface PseudonymousProfile {
  ref: string;
  skills: unknown;
  languages: unknown;
  availableFrom?: unknown;
  distanceBand?: string;
}

/** Distance bands instead of kilometres, so a location cannot be triangulated from several shortlists. */
export function distanceBand(km: number | undefined): string | undefined {
  if (km === undefined || !Number.isFinite(km)) return undefined;
  if (km <= 10) return '0-10 km';
  if (km <= 25) return '10-25 km';
  if (km <= 50) return '25-50 km';
  return 'over 50 km';
}

/** An allow-list, not a deny-list: a field added to candidates later stays hidden until listed here. */
export function toPseudonymousProfile(candidate: CandidateRecord, ref: string, km?: number): PseudonymousProfile {
  const band = distanceBand(km);
  return {
    ref,
    skills: candidate.skills ?? [],
    languages: candidate.languages ?? [],
    ...(candidate.availableFrom !== undefined ? { availableFrom: candidate.availableFrom } : {}),
    ...(band ? { distanceBand: band } : {}),
  };
}

/** Shapes a candidate record for the given view; returns undefined for `none`. */
export function redactCandidate(candidate: CandidateRecord, view: CandidateView, ref: string): CandidateRecord | undefined {
  switch (view) {
    case 'full':
      return candidate;
    case 'shared': {
      const { protected: _protected, ...rest } = candidate;
      return rest;
    }
    case 'introduced':
      return Object.fromEntries(Object.entries(candidate).filter(([key]) => !['protected', 'workAuthorisation'].includes(key)));
    case 'pseudonymous':
      return { ...toPseudonymousProfile(candidate, ref) };
    case 'none':
      return undefined;
  }
}
