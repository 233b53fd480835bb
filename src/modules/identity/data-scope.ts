import type { Principal } from './identity.types.js';
import { hasRole, hasScope } from './role-scopes.js';
import { ForbiddenError } from './identity.errors.js';

/**
 * Row-level visibility of one candidate:
 * - full: own centre's staff, or an integration key with candidates:read;
 * - shared: other centres' staff when the candidate consented to sharing (never the protected block);
 * - introduced: an employer the candidate agreed to be introduced to (identity, never origin or status);
 * - pseudonymous: an employer looking at a shortlist (skills, languages, distance band, availability);
 * - none: everyone else, including regional officers who are not also staff.
 */
export type CandidateView = 'full' | 'shared' | 'introduced' | 'pseudonymous' | 'none';

export interface CandidateAccessFacts {
  centreId?: string;
  sharingConsent: boolean;
  /** Employers the candidate consented to be introduced to. */
  introducedEmployerIds: readonly string[];
}

export function candidateViewFor(principal: Principal, facts: CandidateAccessFacts): CandidateView {
  if (principal.kind === 'api-key') return hasScope(principal, 'candidates:read') ? 'full' : 'none';
  if (hasRole(principal, 'staff') && principal.centreId) {
    if (facts.centreId === principal.centreId) return 'full';
    if (facts.sharingConsent) return 'shared';
  }
  if (hasRole(principal, 'employer') && principal.employerId) {
    return facts.introducedEmployerIds.includes(principal.employerId) ? 'introduced' : 'pseudonymous';
  }
  return 'none';
}

/** Throws unless the caller may read the candidate's personal data (full or shared view). */
export function assertCanReadCandidate(principal: Principal, facts: CandidateAccessFacts): CandidateView {
  const view = candidateViewFor(principal, facts);
  if (view !== 'full' && view !== 'shared') throw new ForbiddenError('This candidate belongs to another employment centre');
  return view;
}

/** Writes (edits, consents, erasure, export) stay with the candidate's own centre. */
export function assertCanManageCandidate(principal: Principal, facts: Pick<CandidateAccessFacts, 'centreId'>): void {
  const ownCentre = hasRole(principal, 'staff') && principal.centreId !== undefined && principal.centreId === facts.centreId;
  const integration = principal.kind === 'api-key' && hasScope(principal, 'candidates:write');
  if (!ownCentre && !integration) throw new ForbiddenError('Only the candidate\'s own employment centre may change this record');
}

/** The centre a candidate list is limited to: staff list their own centre only; integrations any. */
export function candidateListCentre(principal: Principal, requested?: string): string | undefined {
  if (principal.kind === 'api-key') return requested;
  if (!hasRole(principal, 'staff') || !principal.centreId) throw new ForbiddenError('Only staff of an employment centre may list candidates');
  if (requested !== undefined && requested !== principal.centreId) throw new ForbiddenError('Candidate lists are limited to your own centre');
  return principal.centreId;
}

/** The centre new candidates are filed under: staff file them in their own centre. */
export function centreForNewCandidate(principal: Principal, requested?: string): string | undefined {
  if (principal.kind === 'api-key') return requested;
  if (!principal.centreId) throw new ForbiddenError('Only staff of an employment centre may register candidates');
  if (requested !== undefined && requested !== principal.centreId) throw new ForbiddenError('Staff register candidates in their own centre');
  return principal.centreId;
}

/** Employers see and edit only their own vacancies; staff, admins, officers and integrations see all. */
export function canAccessVacancy(principal: Principal, vacancy: { employerId?: string }): boolean {
  if (!hasRole(principal, 'employer') || hasRole(principal, 'staff') || hasRole(principal, 'admin')) return true;
  return principal.employerId !== undefined && vacancy.employerId === principal.employerId;
}

export function assertCanAccessVacancy(principal: Principal, vacancy: { employerId?: string }): void {
  if (!canAccessVacancy(principal, vacancy)) throw new ForbiddenError('This vacancy belongs to another employer');
}

/** The employer filter a vacancy listing must apply, or undefined when the caller sees every employer. */
export function vacancyEmployerFilter(principal: Principal): string | undefined {
  if (canAccessVacancy(principal, {})) return undefined;
  return principal.employerId ?? '\u0000no-employer';
}

/** Employers publish only for themselves; everyone else with vacancies:write may name any employer. */
export function assertCanPublishFor(principal: Principal, employerId: string | undefined): void {
  if (!canAccessVacancy(principal, { employerId })) throw new ForbiddenError('Employers publish vacancies only for themselves, named in employer.id');
}

/** Regional officers see aggregates for their own region only; admins see any region. */
export function aggregateRegionFor(principal: Principal, requested?: string): string | undefined {
  if (hasRole(principal, 'admin')) return requested;
  if (!principal.regionCode) throw new ForbiddenError('No region is attached to this account');
  if (requested !== undefined && requested !== principal.regionCode) throw new ForbiddenError('Aggregates are limited to your own region');
  return principal.regionCode;
}
