import { Router, type Request } from 'express';
import { parseBody, parseParams, parseQuery } from '../../platform/http/validate.js';
import { jsonContent, operation } from '../../platform/http/openapi-helpers.js';
import type { ZodOpenApiPathsObject } from '../../platform/http/openapi.js';
import type { VacancyService } from './vacancy.service.js';
import { requirePrincipal } from '../identity/request-principal.js';
import { assertCanAccessVacancy, assertCanPublishFor, vacancyEmployerFilter } from '../identity/data-scope.js';
import { vacancyIdParams, vacancyRecordSchema } from './vacancy.schema.js';
import { vacancyCreateQuerySchema, vacancyListQuerySchema, vacancyPageSchema, vacancyPatchSchema, vacancyResourceSchema } from './vacancy-api.schema.js';

/** Employers reach only their own vacancies; the rule lives in src/modules/identity/data-scope.ts. */
async function accessibleVacancyId(req: Request, vacancies: VacancyService): Promise<string> {
  const { id } = parseParams(req, vacancyIdParams);
  assertCanAccessVacancy(requirePrincipal(req), await vacancies.getVacancy(id));
  return id;
}

export function createVacancyRouter(vacancies: VacancyService): Router {
  const router = Router();
  router.get('/vacancies', async (req, res) => {
    const query = parseQuery(req, vacancyListQuerySchema);
    const ownEmployer = vacancyEmployerFilter(requirePrincipal(req));
    res.json(await vacancies.listVacancies(ownEmployer ? { ...query, employer: ownEmployer } : query));
  });
  router.post('/vacancies', async (req, res) => {
    const { status } = parseQuery(req, vacancyCreateQuerySchema);
    const record = parseBody(req, vacancyRecordSchema);
    assertCanPublishFor(requirePrincipal(req), record.employer?.id);
    res.status(201).json(await vacancies.createVacancy(record, status));
  });
  router.get('/vacancies/:id', async (req, res) => {
    const { id } = parseParams(req, vacancyIdParams);
    const vacancy = await vacancies.getVacancy(id);
    assertCanAccessVacancy(requirePrincipal(req), vacancy);
    res.json(vacancy);
  });
  router.put('/vacancies/:id', async (req, res) => {
    const id = await accessibleVacancyId(req, vacancies);
    const record = parseBody(req, vacancyRecordSchema);
    assertCanPublishFor(requirePrincipal(req), record.employer?.id);
    res.json(await vacancies.replaceVacancy(id, record));
  });
  router.patch('/vacancies/:id', async (req, res) => {
    const id = await accessibleVacancyId(req, vacancies);
    const patch = parseBody(req, vacancyPatchSchema);
    if (patch.employer) assertCanPublishFor(requirePrincipal(req), patch.employer.id);
    res.json(await vacancies.patchVacancy(id, patch));
  });
  router.delete('/vacancies/:id', async (req, res) => {
    res.json(await vacancies.closeVacancy(await accessibleVacancyId(req, vacancies)));
  });
  return router;
}

export function vacancyOpenApiPaths(): ZodOpenApiPathsObject {
  const byId = { requestParams: { path: vacancyIdParams } };
  const one = { status: '200' as const, schema: vacancyResourceSchema };
  return {
    '/vacancies': {
      get: operation('vacancies', 'List vacancies, oldest change first', { status: '200', schema: vacancyPageSchema }, { requestParams: { query: vacancyListQuerySchema } }),
      post: operation('vacancies', 'Create a vacancy from an interchange record (source "api")', { status: '201', schema: vacancyResourceSchema }, {
        requestParams: { query: vacancyCreateQuerySchema },
        requestBody: jsonContent(vacancyRecordSchema),
      }),
    },
    '/vacancies/{id}': {
      get: operation('vacancies', 'Read a vacancy', one, byId),
      put: operation('vacancies', 'Replace the interchange record of a vacancy', one, { ...byId, requestBody: jsonContent(vacancyRecordSchema) }),
      patch: operation('vacancies', 'Change some record fields and/or the status (draft → open → filled | closed | expired)', one, {
        ...byId,
        requestBody: jsonContent(vacancyPatchSchema),
      }),
      delete: operation('vacancies', 'Close a vacancy (it is kept, with status closed)', one, byId),
    },
  };
}
