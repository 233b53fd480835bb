import { AppError } from '../../platform/errors.js';
import type { MaybePrincipal } from './identity.types.js';
import type { Policy } from './access-policy.js';

export class UnauthenticatedError extends AppError {
  constructor(message = 'Authentication required') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'Not allowed') {
    super('FORBIDDEN', message);
  }
}

export class RateLimitedError extends AppError {
  constructor(message = 'Too many requests; try again later') {
    super('RATE_LIMITED', message);
  }
}

/** Evaluates a policy and throws the matching typed error when it denies. */
export function enforce(policy: Policy, principal: MaybePrincipal): void {
  const decision = policy.decide(principal);
  if (decision.allowed) return;
  throw decision.code === 'UNAUTHENTICATED' ? new UnauthenticatedError(decision.reason) : new ForbiddenError(decision.reason);
}
