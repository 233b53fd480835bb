import { Router } from 'express';
import { z } from 'zod';
import { parseQuery } from '../../platform/http/validate.js';
import type { ZodOpenApiPathsObject } from '../../platform/http/openapi.js';
import { demandQuerySchema } from './demand-query.js';
import type { DemandService } from './demand.service.js';

export const employersQuerySchema = z.strictObject({
  province: z.string().regex(/^[A-Za-z]{2}$/, 'a two-letter province code such as TO').transform((s) => s.toUpperCase()),
});

/** Demand per province or region, and the employers the awareness action line should call. */
export function createDemandRouter(demand: DemandService): Router {
  const router = Router();
  router.get('/demand', async (req, res) => {
    res.json(await demand.query(parseQuery(req, demandQuerySchema)));
  });
  router.get('/demand/employers-to-contact', async (req, res) => {
    const { province } = parseQuery(req, employersQuerySchema);
    res.json({ province, items: await demand.employersToContact(province) });
  });
  return router;
}

export function demandOpenApiPaths(): ZodOpenApiPathsObject {
  return {
    '/demand': {
      get: {
        tags: ['demand'], summary: 'Demand per occupation, ISCO group and skill in a province or region, with external figures',
        requestParams: { query: demandQuerySchema }, responses: { '200': { description: 'the area demand table' } },
      },
    },
    '/demand/employers-to-contact': {
      get: {
        tags: ['demand'], summary: 'Employers with active vacancies in shortage occupations, most first',
        requestParams: { query: employersQuerySchema }, responses: { '200': { description: 'employers to contact' } },
      },
    },
  };
}
