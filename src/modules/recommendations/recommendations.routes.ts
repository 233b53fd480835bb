import { Router } from 'express';
import { z } from 'zod';
import { parseParams, parseQuery } from '../../platform/http/validate.js';
import type { ZodOpenApiPathsObject } from '../../platform/http/openapi.js';
import { principalOf } from '../identity/request-principal.js';
import { assertCanReadCandidate } from '../identity/data-scope.js';
import type { RecommendationService } from './recommendation.service.js';

const paramsSchema = z.strictObject({ id: z.string().min(1).max(200) });
const querySchema = z.strictObject({ lang: z.enum(['it', 'en']).default('it') });

/** Recommendations for one candidate; only staff who may read the candidate get them. */
export function createRecommendationRouter(recommendations: RecommendationService): Router {
  const router = Router();
  router.get('/candidates/:id/recommendations', async (req, res) => {
    const { id } = parseParams(req, paramsSchema);
    const { lang } = parseQuery(req, querySchema);
    const candidate = await recommendations.findCandidate(id);
    const principal = principalOf(req);
    if (principal) assertCanReadCandidate(principal, { centreId: candidate.centreId, sharingConsent: false, introducedEmployerIds: [] });
    res.json(await recommendations.recommend(candidate, lang));
  });
  return router;
}

export function recommendationOpenApiPaths(): ZodOpenApiPathsObject {
  return {
    '/candidates/{id}/recommendations': {
      get: {
        tags: ['recommendations'], summary: 'Placements, near misses, training plans with expected gain, and other steps',
        requestParams: { path: paramsSchema, query: querySchema }, responses: { '200': { description: 'recommendations' } },
      },
    },
  };
}
