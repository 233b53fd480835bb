import { Router } from 'express';
import { parseBody, parseParams, parseQuery } from '../../platform/http/validate.js';
import { jsonContent, operation } from '../../platform/http/openapi-helpers.js';
import type { ZodOpenApiPathsObject } from '../../platform/http/openapi.js';
import type { EmployerService } from './employer.service.js';
import {
  employerIdParams, employerInputSchema, employerListQuerySchema, employerPageSchema, employerPatchSchema, employerSchema,
} from './employer.schema.js';

export function createEmployerRouter(employers: EmployerService): Router {
  const router = Router();
  router.get('/employers', async (req, res) => {
    res.json(await employers.listEmployers(parseQuery(req, employerListQuerySchema)));
  });
  router.post('/employers', async (req, res) => {
    res.status(201).json(await employers.createEmployer(parseBody(req, employerInputSchema)));
  });
  router.get('/employers/:id', async (req, res) => {
    res.json(await employers.getEmployer(parseParams(req, employerIdParams).id));
  });
  router.put('/employers/:id', async (req, res) => {
    const { id } = parseParams(req, employerIdParams);
    res.json(await employers.replaceEmployer(id, parseBody(req, employerInputSchema)));
  });
  router.patch('/employers/:id', async (req, res) => {
    const { id } = parseParams(req, employerIdParams);
    res.json(await employers.patchEmployer(id, parseBody(req, employerPatchSchema)));
  });
  return router;
}

export function employerOpenApiPaths(): ZodOpenApiPathsObject {
  const byId = { requestParams: { path: employerIdParams } };
  return {
    '/employers': {
      get: operation('employers', 'List employers', { status: '200', schema: employerPageSchema }, { requestParams: { query: employerListQuerySchema } }),
      post: operation('employers', 'Create an employer', { status: '201', schema: employerSchema }, { requestBody: jsonContent(employerInputSchema) }),
    },
    '/employers/{id}': {
      get: operation('employers', 'Read an employer', { status: '200', schema: employerSchema }, byId),
      put: operation('employers', 'Replace an employer', { status: '200', schema: employerSchema }, { ...byId, requestBody: jsonContent(employerInputSchema) }),
      patch: operation('employers', 'Change some fields of an employer', { status: '200', schema: employerSchema }, { ...byId, requestBody: jsonContent(employerPatchSchema) }),
    },
  };
}
