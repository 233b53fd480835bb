import { Router } from 'express';
import { z } from 'zod';
import { parseBody, parseParams, parseQuery } from '../../platform/http/validate.js';
import type { ZodOpenApiPathsObject } from '../../platform/http/openapi.js';
import { requirePrincipal } from '../identity/request-principal.js';
import type { InterventionService } from './intervention.service.js';
import { candidateParams, interventionListQuery, newInterventionSchema } from './intervention.schema.js';

/** Services delivered to candidates: recorded by their centre, read back as the service history. */
export function createInterventionRouter(interventions: InterventionService): Router {
  const router = Router();
  router.post('/candidates/:id/interventions', async (req, res) => {
    const { id } = parseParams(req, candidateParams);
    const input = parseBody(req, newInterventionSchema);
    res.status(201).json(await interventions.recordIntervention(requirePrincipal(req), id, input));
  });
  router.get('/candidates/:id/interventions', async (req, res) => {
    const { id } = parseParams(req, candidateParams);
    res.json({ items: await interventions.listForCandidate(requirePrincipal(req), id) });
  });
  router.get('/interventions', async (req, res) => {
    const query = parseQuery(req, interventionListQuery);
    res.json({ items: await interventions.searchInterventions(requirePrincipal(req), query) });
  });
  return router;
}

const listResponse = { '200': { description: 'Interventions, oldest first', content: { 'application/json': { schema: z.object({ items: z.array(z.unknown()) }) } } } };

export function interventionOpenApiPaths(): ZodOpenApiPathsObject {
  return {
    '/candidates/{id}/interventions': {
      post: {
        tags: ['interventions'],
        summary: 'Record a service delivered to the candidate; validation, certification and recognition update the profile',
        requestParams: { path: candidateParams },
        requestBody: { content: { 'application/json': { schema: newInterventionSchema } } },
        responses: { '201': { description: 'The recorded intervention' } },
      },
      get: { tags: ['interventions'], summary: "The candidate's service history", requestParams: { path: candidateParams }, responses: listResponse },
    },
    '/interventions': {
      get: { tags: ['interventions'], summary: "Services delivered by the caller's centre", requestParams: { query: interventionListQuery }, responses: listResponse },
    },
  };
}
