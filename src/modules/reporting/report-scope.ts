import type { Principal } from '../identity/identity.types.js';
import { hasRole, hasScope } from '../identity/role-scopes.js';
import { ForbiddenError } from '../identity/identity.errors.js';
import type { GovernanceHierarchy, GovernanceUnit } from './governance-hierarchy.js';

/**
 * Who may see the aggregates of which unit: staff their own centre only, regional officers any unit in
 * their region, admins and integration keys holding aggregates:read any unit. The route already let the
 * caller in; this is the row-level part.
 */
export function mayViewUnit(principal: Principal, unit: GovernanceUnit, hierarchy: GovernanceHierarchy): boolean {
  if (hasRole(principal, 'admin')) return true;
  if (principal.kind === 'api-key') return hasScope(principal, 'aggregates:read');
  if (hasRole(principal, 'regional-officer') && principal.regionCode && hierarchy.contains({ level: 'region', code: principal.regionCode }, unit)) return true;
  return hasRole(principal, 'staff') && principal.centreId !== undefined && unit.level === 'centre' && unit.code === principal.centreId;
}

export function assertMayViewUnit(principal: Principal, unit: GovernanceUnit, hierarchy: GovernanceHierarchy): void {
  if (!mayViewUnit(principal, unit, hierarchy)) throw new ForbiddenError(`Aggregates for ${unit.level} ${unit.code} are outside your area`);
}
