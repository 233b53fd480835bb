import { Router } from 'express';
import { parseQuery } from '../../platform/http/validate.js';
import type { ZodOpenApiPathsObject } from '../../platform/http/openapi.js';
import type { ReferenceData } from './reference-data.js';
import {
  cefrLevelSchema,
  comuneSchema,
  comuneSearchQuerySchema,
  itemsOf,
  permitReasonSchema,
  provinceSchema,
  regionSchema,
} from './reference.schema.js';

/** Read-only reference lookups, answered from memory. */
export function createReferenceRouter(reference: ReferenceData): Router {
  const router = Router();
  router.get('/reference/comuni', (req, res) => {
    const query = parseQuery(req, comuneSearchQuerySchema);
    const items = reference.searchComuni(query.q ?? '', { provinceAbbrev: query.province, limit: query.limit });
    res.json({ items });
  });
  router.get('/reference/provinces', (_req, res) => {
    res.json({ items: reference.tables.provinces });
  });
  router.get('/reference/regions', (_req, res) => {
    res.json({ items: reference.tables.regions });
  });
  router.get('/reference/permit-reasons', (_req, res) => {
    res.json({ items: reference.tables.permitReasons });
  });
  router.get('/reference/cefr-levels', (_req, res) => {
    res.json({ items: reference.tables.cefrLevels });
  });
  return router;
}

const listOperation = (summary: string, item: Parameters<typeof itemsOf>[0]) => ({
  get: {
    tags: ['reference'],
    summary,
    responses: { '200': { description: summary, content: { 'application/json': { schema: itemsOf(item) } } } },
  },
});

export function referenceOpenApiPaths(): ZodOpenApiPathsObject {
  return {
    '/reference/comuni': {
      get: {
        ...listOperation('Comuni whose name starts with q, most populous first', comuneSchema).get,
        requestParams: { query: comuneSearchQuerySchema },
      },
    },
    '/reference/provinces': listOperation('Italian provinces', provinceSchema),
    '/reference/regions': listOperation('Italian regions', regionSchema),
    '/reference/permit-reasons': listOperation('Residence-permit reasons (TAB_MOTIVO_PERMESSO)', permitReasonSchema),
    '/reference/cefr-levels': listOperation('CEFR language levels, lowest first', cefrLevelSchema),
  };
}
