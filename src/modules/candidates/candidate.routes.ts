import { Router } from 'express';
import { z } from 'zod';
import { parseBody, parseParams, parseQuery } from '../../platform/http/validate.js';
import { jsonContent, operation } from '../../platform/http/openapi-helpers.js';
import type { ZodOpenApiPathsObject } from '../../platform/http/openapi.js';
import type { CandidateService } from './candidate.service.js';
import { requirePrincipal } from '../identity/request-principal.js';
import { candidateListCentre, centreForNewCandidate } from '../identity/data-scope.js';
import { withoutProtectedUnlessFull, type CandidateAccess } from '../privacy/candidate-access.js';
import { candidateRecordSchema } from './candidate.schema.js';
import {
  candidateCreateSchema, candidateIdParams, candidateIdentitySchema, candidateListQuerySchema, candidatePageSchema,
  candidatePatchSchema, candidateResourceSchema,
} from './candidate-api.schema.js';

const erasureSchema = z.object({ id: z.string(), erased: z.record(z.string(), z.number()) });

/**
 * Staff reach their own centre's candidates, and other centres' only with a sharing consent and
 * without the protected block (src/modules/identity/data-scope.ts); every access is audited.
 */
export function createCandidateRouter(candidates: CandidateService, access: CandidateAccess): Router {
  const router = Router();
  router.get('/candidates', async (req, res) => {
    const query = parseQuery(req, candidateListQuerySchema);
    const centre = candidateListCentre(requirePrincipal(req), query.centre);
    const page = await candidates.listCandidates({ ...query, ...(centre ? { centre } : {}) });
    await access.recordList(req, 'candidate.list', page.items.map((c) => c.id));
    res.json(page);
  });
  router.post('/candidates', async (req, res) => {
    const input = parseBody(req, candidateCreateSchema);
    const centreId = centreForNewCandidate(requirePrincipal(req), input.centreId);
    const created = await candidates.createCandidate({ ...input, ...(centreId ? { centreId } : {}) });
    await access.recordChange(req, 'candidate.create', created.id);
    res.status(201).json(created);
  });
  router.get('/candidates/:id', async (req, res) => {
    const { id } = parseParams(req, candidateIdParams);
    const view = await access.read(req, id);
    res.json(withoutProtectedUnlessFull(await candidates.getCandidate(id), view));
  });
  router.put('/candidates/:id', async (req, res) => {
    const { id } = parseParams(req, candidateIdParams);
    await access.assertCanManage(req, id);
    const replaced = await candidates.replaceCandidate(id, parseBody(req, candidateRecordSchema));
    await access.recordChange(req, 'candidate.update', id);
    res.json(replaced);
  });
  router.patch('/candidates/:id', async (req, res) => {
    const { id } = parseParams(req, candidateIdParams);
    await access.assertCanManage(req, id);
    const patched = await candidates.patchCandidate(id, parseBody(req, candidatePatchSchema));
    await access.recordChange(req, 'candidate.update', id);
    res.json(patched);
  });
  router.delete('/candidates/:id', async (req, res) => {
    const { id } = parseParams(req, candidateIdParams);
    await access.assertCanManage(req, id);
    const erased = await candidates.eraseCandidate(id);
    await access.recordChange(req, 'candidate.erase', id);
    res.json({ id, erased });
  });
  router.get('/candidates/:id/identity', async (req, res) => {
    const { id } = parseParams(req, candidateIdParams);
    await access.read(req, id, 'candidate.identity.read');
    res.json(await candidates.getIdentity(id));
  });
  router.put('/candidates/:id/identity', async (req, res) => {
    const { id } = parseParams(req, candidateIdParams);
    await access.assertCanManage(req, id);
    const identity = await candidates.replaceIdentity(id, parseBody(req, candidateIdentitySchema));
    await access.recordChange(req, 'candidate.update', id);
    res.json(identity);
  });
  return router;
}

export function candidateOpenApiPaths(): ZodOpenApiPathsObject {
  const byId = { requestParams: { path: candidateIdParams } };
  const one = { status: '200' as const, schema: candidateResourceSchema };
  const identity = { status: '200' as const, schema: candidateIdentitySchema };
  return {
    '/candidates': {
      get: operation('candidates', 'List matching profiles', { status: '200', schema: candidatePageSchema }, { requestParams: { query: candidateListQuerySchema } }),
      post: operation('candidates', 'Register a candidate: record, identity, centre and consents', { status: '201', schema: candidateResourceSchema }, {
        requestBody: jsonContent(candidateCreateSchema),
      }),
    },
    '/candidates/{id}': {
      get: operation('candidates', 'Read a candidate record', one, byId),
      put: operation('candidates', 'Replace the candidate record', one, { ...byId, requestBody: jsonContent(candidateRecordSchema) }),
      patch: operation('candidates', 'Change some fields of the candidate record', one, { ...byId, requestBody: jsonContent(candidatePatchSchema) }),
      delete: operation('candidates', 'Erase the candidate: profile, identity, protected data, consents', { status: '200', schema: erasureSchema }, byId),
    },
    '/candidates/{id}/identity': {
      get: operation('candidates', 'Read name and contact details', identity, byId),
      put: operation('candidates', 'Replace name and contact details', identity, { ...byId, requestBody: jsonContent(candidateIdentitySchema) }),
    },
  };
}
