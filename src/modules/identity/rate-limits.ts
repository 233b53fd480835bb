import type { RequestHandler } from 'express';
import { rateLimit, ipKeyGenerator } from 'express-rate-limit';
import { RateLimitedError } from './identity.errors.js';
import { principalOf } from './request-principal.js';

/**
 * Per API key or user when authenticated, per IP otherwise, so one busy integration cannot starve
 * the others and anonymous floods are cut by address. The store is in memory: one process, one count.
 */
export function createApiRateLimit(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => {
      const principal = principalOf(req);
      return principal ? `${principal.kind}:${principal.id}` : `ip:${ipKeyGenerator(req.ip ?? 'unknown')}`;
    },
    handler: (_req, _res, next) => next(new RateLimitedError()),
  });
}

/** Login attempts per IP over 15 minutes; per-account lockout is handled by the auth service. */
export function createLoginRateLimit(perWindow: number): RequestHandler {
  return rateLimit({
    windowMs: 15 * 60_000,
    limit: perWindow,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => ipKeyGenerator(req.ip ?? 'unknown'),
    handler: (_req, _res, next) => next(new RateLimitedError('Too many login attempts from this address; try again later')),
  });
}
