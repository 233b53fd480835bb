import type { Request } from 'express';
import type { MaybePrincipal, Principal } from './identity.types.js';
import { UnauthenticatedError } from './identity.errors.js';

/** Kept beside the request rather than on it, so nothing can forge it through a body or header. */
const principals = new WeakMap<Request, Principal>();

export function setPrincipal(req: Request, principal: Principal): void {
  principals.set(req, principal);
}

export function principalOf(req: Request): MaybePrincipal {
  return principals.get(req);
}

/** For handlers behind a policy that already demanded authentication. */
export function requirePrincipal(req: Request): Principal {
  const principal = principals.get(req);
  if (!principal) throw new UnauthenticatedError();
  return principal;
}
