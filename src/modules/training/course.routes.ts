import { Router } from 'express';
import { z } from 'zod';
import { parseBody, parseParams, parseQuery } from '../../platform/http/validate.js';
import type { ZodOpenApiPathsObject } from '../../platform/http/openapi.js';
import {
  courseBodySchema, courseFeedSchema, courseImportSchema, courseInputSchema, courseListQuerySchema, courseParamsSchema,
} from './course.schema.js';
import type { CourseService } from './course.service.js';

/** The training catalogue: list, read, create, replace, delete, import a file, pull a provider's feed. */
export function createCourseRouter(courses: CourseService): Router {
  const router = Router();
  router.get('/courses', async (req, res) => {
    const query = parseQuery(req, courseListQuerySchema);
    res.json({ items: await courses.list(query) });
  });
  router.get('/courses/:id', async (req, res) => {
    const { id } = parseParams(req, courseParamsSchema);
    res.json(await courses.get(id));
  });
  router.post('/courses', async (req, res) => {
    res.status(201).json(await courses.create(parseBody(req, courseInputSchema)));
  });
  router.put('/courses/:id', async (req, res) => {
    const { id } = parseParams(req, courseParamsSchema);
    const body = parseBody(req, courseBodySchema);
    res.json(await courses.replace({ id, ...body }));
  });
  router.delete('/courses/:id', async (req, res) => {
    const { id } = parseParams(req, courseParamsSchema);
    await courses.remove(id);
    res.status(204).end();
  });
  router.post('/courses/import', async (req, res) => {
    const { format, content } = parseBody(req, courseImportSchema);
    res.json(await courses.importFile(format, content));
  });
  router.post('/courses/feed', async (req, res) => {
    const { url, format } = parseBody(req, courseFeedSchema);
    res.json(await courses.importFeed(url, format));
  });
  return router;
}

const json = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema } } });
const imported = z.object({ imported: z.number().int() });

export function courseOpenApiPaths(): ZodOpenApiPathsObject {
  return {
    '/courses': {
      get: { tags: ['training'], summary: 'Courses, soonest first', requestParams: { query: courseListQuerySchema }, responses: { '200': { description: 'courses' } } },
      post: { tags: ['training'], summary: 'Add a course', requestBody: { content: { 'application/json': { schema: courseInputSchema } } }, responses: { '201': { description: 'created' } } },
    },
    '/courses/{id}': {
      get: { tags: ['training'], summary: 'One course', requestParams: { path: courseParamsSchema }, responses: { '200': { description: 'the course' } } },
      put: {
        tags: ['training'], summary: 'Replace a course', requestParams: { path: courseParamsSchema },
        requestBody: { content: { 'application/json': { schema: courseBodySchema } } }, responses: { '200': { description: 'replaced' } },
      },
      delete: { tags: ['training'], summary: 'Remove a course', requestParams: { path: courseParamsSchema }, responses: { '204': { description: 'removed' } } },
    },
    '/courses/import': {
      post: { tags: ['training'], summary: 'Import a JSON, JSON Lines or CSV file (all or nothing)', requestBody: { content: { 'application/json': { schema: courseImportSchema } } }, responses: { '200': json(imported, 'imported') } },
    },
    '/courses/feed': {
      post: { tags: ['training'], summary: "Pull a provider's catalogue feed", requestBody: { content: { 'application/json': { schema: courseFeedSchema } } }, responses: { '200': json(imported, 'imported') } },
    },
  };
}
