import { Router, type Request } from 'express';
import { parseBody, parseParams, parseQuery } from '../../platform/http/validate.js';
import { jsonContent, operation } from '../../platform/http/openapi-helpers.js';
import type { ZodOpenApiPathsObject } from '../../platform/http/openapi.js';
import type { TaxonomyService } from './taxonomy.service.js';
import type { Lang } from './taxonomy.types.js';
import {
  analyseOccupationSchema, analyseSkillsSchema, conceptParams, lookupQuerySchema, occupationAnalysisSchema, occupationDetailSchema,
  skillAnalysisSchema, skillDetailSchema, suggestionsSchema, suggestQuerySchema,
} from './taxonomy.schema.js';

/** `?uri=` wins over the path, for clients that cannot URI-encode the slashes of an ESCO URI. */
function lookupOf(req: Request): { uri: string; lang: Lang } {
  const query = parseQuery(req, lookupQuerySchema);
  return { uri: query.uri ?? parseParams(req, conceptParams).uri, lang: query.lang };
}

export function createTaxonomyRouter(taxonomy: TaxonomyService): Router {
  const router = Router();
  router.get('/taxonomy/skills', (req, res) => {
    const { q, lang, limit } = parseQuery(req, suggestQuerySchema);
    res.json({ items: taxonomy.suggestSkills(q, lang, limit) });
  });
  router.get('/taxonomy/occupations', (req, res) => {
    const { q, lang, limit } = parseQuery(req, suggestQuerySchema);
    res.json({ items: taxonomy.suggestOccupations(q, lang, limit) });
  });
  router.get('/taxonomy/skills/:uri', (req, res) => {
    const { uri, lang } = lookupOf(req);
    res.json(taxonomy.getSkill(uri, lang));
  });
  router.get('/taxonomy/occupations/:uri', (req, res) => {
    const { uri, lang } = lookupOf(req);
    res.json(taxonomy.getOccupation(uri, lang));
  });
  router.post('/analyse/skills', (req, res) => {
    res.json(taxonomy.analyseSkills(parseBody(req, analyseSkillsSchema)));
  });
  router.post('/analyse/occupation', (req, res) => {
    res.json(taxonomy.analyseOccupation(parseBody(req, analyseOccupationSchema)));
  });
  return router;
}

export function taxonomyOpenApiPaths(): ZodOpenApiPathsObject {
  const lookup = { requestParams: { path: conceptParams, query: lookupQuerySchema } };
  const suggest = { requestParams: { query: suggestQuerySchema } };
  return {
    '/taxonomy/skills': { get: operation('taxonomy', 'Autocomplete ESCO skills in a language', { status: '200', schema: suggestionsSchema }, suggest) },
    '/taxonomy/occupations': { get: operation('taxonomy', 'Autocomplete ESCO occupations in a language', { status: '200', schema: suggestionsSchema }, suggest) },
    '/taxonomy/skills/{uri}': { get: operation('taxonomy', 'An ESCO skill by URI (encoded) or UUID, labels in lang else English', { status: '200', schema: skillDetailSchema }, lookup) },
    '/taxonomy/occupations/{uri}': { get: operation('taxonomy', 'An ESCO occupation by URI (encoded) or UUID, labels in lang else English', { status: '200', schema: occupationDetailSchema }, lookup) },
    '/analyse/skills': { post: operation('taxonomy', 'Ranked ESCO skills in a text, with spans', { status: '200', schema: skillAnalysisSchema }, { requestBody: jsonContent(analyseSkillsSchema) }) },
    '/analyse/occupation': { post: operation('taxonomy', 'Ranked ESCO occupations for a job title', { status: '200', schema: occupationAnalysisSchema }, { requestBody: jsonContent(analyseOccupationSchema) }) },
  };
}
