import { Router } from 'express';
import type { Services } from './services.js';
import type { ZodOpenApiPathsObject } from './platform/http/openapi.js';

/** Every API route, wired explicitly (no globbing), mounted under /api/v1. */
export function createApiRouter(services: Services): Router {
  const router = Router();
  router.use(...services.identity.createRouters());
  return router;
}

export function apiOpenApiPaths(): ZodOpenApiPathsObject[] {
  return [];
}
