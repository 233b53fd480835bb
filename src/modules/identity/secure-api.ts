import { Router } from 'express';
import type { Logger } from '../../platform/logger.js';
import type { Identity } from './identity.module.js';
import { applyRoutePolicies, type RouteTable } from './route-guard.js';

/**
 * Wraps every API route: the caller is authenticated and rate-limited first, then each route's own
 * guard applies its rule from the table. Wrapping from outside means a route added to the API router
 * cannot be placed before, or escape, these checks.
 */
export function secureApiRouter(apiRouter: Router, identity: Identity, table: RouteTable, logger: Logger): Router {
  const secured = Router();
  secured.use(...identity.createMiddleware());
  secured.use(apiRouter);
  const { unused } = applyRoutePolicies(secured, table, identity.csrf);
  if (unused.length > 0) logger.warn({ unused }, 'access rules for routes that do not exist');
  return secured;
}
