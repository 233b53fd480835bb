import { Router } from 'express';
import { parseBody, parseParams, parseQuery } from '../../platform/http/validate.js';
import { jsonContent, operation } from '../../platform/http/openapi-helpers.js';
import type { ZodOpenApiPathsObject } from '../../platform/http/openapi.js';
import { requirePrincipal } from '../identity/request-principal.js';
import { assertCanAccessVacancy } from '../identity/data-scope.js';
import type { MatchingService } from './matching.service.js';
import type { VacancyStore } from './match-index-sync.js';
import type { CandidateAccess } from '../privacy/candidate-access.js';
import { candidateIdParams } from '../candidates/candidate-api.schema.js';
import {
  decisionBodySchema, decisionListQuerySchema, decisionListSchema, decisionSchema, matchIdParams, matchListQuerySchema,
  matchListSchema, matchProfileBodySchema,
} from './matching.schema.js';

/** Candidate reads go through the privacy module's access check and are audited, like every candidate route. */
export function createMatchingRouter(matching: MatchingService, vacancies: VacancyStore, access: CandidateAccess): Router {
  const router = Router();
  router.get('/candidates/:id/matches', async (req, res) => {
    const { id } = parseParams(req, candidateIdParams);
    const options = parseQuery(req, matchListQuerySchema);
    await access.read(req, id, 'match.list');
    res.json({ matches: await matching.vacanciesForStoredCandidate(id, options) });
  });
  router.get('/vacancies/:id/matches', async (req, res) => {
    const { id } = parseParams(req, matchIdParams);
    const options = parseQuery(req, matchListQuerySchema);
    const vacancy = await vacancies.getVacancy(id);
    assertCanAccessVacancy(requirePrincipal(req), vacancy);
    const matches = await matching.candidatesForVacancy({ ...vacancy.record, id: vacancy.id, status: vacancy.status }, options);
    res.json({ matches: await access.shortlist(req, matches) });
  });
  router.post('/match', async (req, res) => {
    const { candidate, vacancy, ...options } = parseBody(req, matchProfileBodySchema);
    const list = { ...options, hideDecided: false };
    // Candidates listed for an unstored vacancy pass the same shortlist rules as for a stored one.
    const matches = candidate
      ? await matching.vacanciesForCandidate(candidate, list)
      : await access.shortlist(req, await matching.candidatesForVacancy(vacancy!, list));
    res.json({ matches });
  });
  router.post('/matches/decisions', async (req, res) => {
    const decision = parseBody(req, decisionBodySchema);
    await access.assertCanManage(req, decision.candidateId);
    await vacancies.getVacancy(decision.vacancyId);
    const recorded = await matching.recordDecision(decision, requirePrincipal(req).id);
    await access.recordChange(req, 'decision.record', decision.candidateId, decision.reason);
    res.status(201).json(recorded);
  });
  router.get('/matches/decisions', async (req, res) => {
    const filter = parseQuery(req, decisionListQuerySchema);
    if (filter.candidateId) await access.read(req, filter.candidateId, 'match.list');
    const items = await matching.listDecisions(filter);
    // A vacancy's history spans centres: only decisions about candidates the caller may read are shown.
    const readable = await access.readable(req, items.map((d) => d.candidateId), 'match.list');
    res.json({ items: items.filter((d) => readable.has(d.candidateId)) });
  });
  return router;
}

export function matchingOpenApiPaths(): ZodOpenApiPathsObject {
  return {
    '/candidates/{id}/matches': {
      get: operation('matching', 'Best vacancies for a stored candidate, explained', { status: '200', schema: matchListSchema }, {
        requestParams: { path: candidateIdParams, query: matchListQuerySchema },
      }),
    },
    '/vacancies/{id}/matches': {
      get: operation('matching', 'Best candidates for a vacancy, explained', { status: '200', schema: matchListSchema }, {
        requestParams: { path: matchIdParams, query: matchListQuerySchema },
      }),
    },
    '/match': {
      post: operation('matching', 'Matches for an unstored candidate or vacancy profile', { status: '200', schema: matchListSchema }, {
        requestBody: jsonContent(matchProfileBodySchema),
      }),
    },
    '/matches/decisions': {
      post: operation('matching', 'Record a decision on a match (history is kept; scores never change)', { status: '201', schema: decisionSchema }, {
        requestBody: jsonContent(decisionBodySchema),
      }),
      get: operation('matching', 'Decision history of a candidate, a vacancy or a pair, oldest first', { status: '200', schema: decisionListSchema }, {
        requestParams: { query: decisionListQuerySchema },
      }),
    },
  };
}
