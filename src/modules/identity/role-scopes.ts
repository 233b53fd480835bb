import type { Principal, Role, Scope } from './identity.types.js';

/**
 * What each role may do in general. Row-level limits (own centre, own vacancies, consent) are applied
 * on top by the data-scope helpers, so a scope here never means "all records".
 */
const scopesByRole: Record<Role, readonly Scope[]> = {
  admin: ['reference:read', 'taxonomy:read', 'users:admin', 'keys:admin', 'sources:admin', 'audit:read', 'fairness:read', 'aggregates:read', 'employers:read', 'employers:write', 'vacancies:read', 'training:read', 'training:write'],
  staff: [
    'reference:read', 'taxonomy:read', 'candidates:read', 'candidates:write', 'candidates:erase', 'consents:write',
    'vacancies:read', 'vacancies:write', 'employers:read', 'employers:write', 'matches:read', 'shortlists:read', 'decisions:write', 'training:read',
  ],
  'regional-officer': ['reference:read', 'taxonomy:read', 'aggregates:read', 'fairness:read', 'vacancies:read', 'employers:read', 'training:read'],
  // No employers:read: other employers' records are none of an employer's business.
  employer: ['reference:read', 'taxonomy:read', 'vacancies:read', 'vacancies:write', 'shortlists:read'],
  integration: [],
};

export function scopesForRoles(roles: readonly Role[]): Scope[] {
  return [...new Set(roles.flatMap((role) => scopesByRole[role]))];
}

export function hasRole(principal: Principal, role: Role): boolean {
  return principal.roles.includes(role);
}

export function hasScope(principal: Principal, scope: Scope): boolean {
  return principal.scopes.includes(scope);
}
