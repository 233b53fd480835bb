import type { MaybePrincipal, Role, Scope } from './identity.types.js';
import { hasRole, hasScope } from './role-scopes.js';

export type Denial = { allowed: false; code: 'UNAUTHENTICATED' | 'FORBIDDEN'; reason: string };
export type Decision = { allowed: true } | Denial;

/** A pure rule over the caller; routes declare one and the route guard evaluates it. */
export interface Policy {
  description: string;
  decide: (principal: MaybePrincipal) => Decision;
}

const allow: Decision = { allowed: true };
const unauthenticated: Denial = { allowed: false, code: 'UNAUTHENTICATED', reason: 'Authentication required' };

export const publicAccess: Policy = { description: 'public', decide: () => allow };

export const authenticated: Policy = {
  description: 'any authenticated caller',
  decide: (principal) => (principal ? allow : unauthenticated),
};

/** Allows callers that hold every listed scope, whether the scopes came from a role or an API key. */
export function requireScope(...required: Scope[]): Policy {
  return {
    description: `scopes ${required.join(' + ')}`,
    decide: (principal) => {
      if (!principal) return unauthenticated;
      const missing = required.filter((scope) => !hasScope(principal, scope));
      return missing.length === 0 ? allow : { allowed: false, code: 'FORBIDDEN', reason: `Missing scope ${missing.join(', ')}` };
    },
  };
}

/** Allows callers that hold at least one of the listed roles. */
export function requireRole(...accepted: Role[]): Policy {
  return {
    description: `roles ${accepted.join(' | ')}`,
    decide: (principal) => {
      if (!principal) return unauthenticated;
      return accepted.some((role) => hasRole(principal, role)) ? allow : { allowed: false, code: 'FORBIDDEN', reason: `Requires role ${accepted.join(' or ')}` };
    },
  };
}

export function allOf(...policies: Policy[]): Policy {
  return {
    description: policies.map((p) => p.description).join(' and '),
    decide: (principal) => policies.map((p) => p.decide(principal)).find((d) => !d.allowed) ?? allow,
  };
}

/** The first allowing policy wins; otherwise the first denial explains why. */
export function anyOf(...policies: Policy[]): Policy {
  return {
    description: policies.map((p) => p.description).join(' or '),
    decide: (principal) => {
      const decisions = policies.map((p) => p.decide(principal));
      return decisions.find((d) => d.allowed) ?? decisions[0] ?? unauthenticated;
    },
  };
}
