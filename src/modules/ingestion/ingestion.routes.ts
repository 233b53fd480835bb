import { Router } from 'express';
import { parseBody, parseParams, parseQuery } from '../../platform/http/validate.js';
import { operation } from '../../platform/http/openapi-helpers.js';
import type { ZodOpenApiPathsObject } from '../../platform/http/openapi.js';
import { vacancyRecordSchema } from '../vacancies/vacancy.schema.js';
import type { IngestionService } from './ingestion.service.js';
import { anyJsonSchema, quarantineIdParamsSchema, quarantineListQuerySchema, runIdParamsSchema, runListQuerySchema, runResourceSchema, runTriggerQuerySchema } from './ingestion.schemas.js';
import { toSourceView } from './source-view.js';
import { sourceInputSchema, sourceNameParamsSchema, sourcePatchSchema } from './source.schema.js';

/** Feed sources, runs and quarantine; who may call what is in src/route-policies.ts. */
export function createIngestionRouter(ingestion: IngestionService): Router {
  const router = Router();
  const sourceName = (req: Parameters<typeof parseParams>[0]) => parseParams(req, sourceNameParamsSchema).name;
  router.get('/ingestion/sources', async (_req, res) => {
    res.json({ items: (await ingestion.listSources()).map(toSourceView) });
  });
  router.post('/ingestion/sources', async (req, res) => {
    res.status(201).json(toSourceView(await ingestion.createSource(parseBody(req, sourceInputSchema))));
  });
  router.get('/ingestion/sources/:name', async (req, res) => {
    res.json(toSourceView(await ingestion.getSource(sourceName(req))));
  });
  router.patch('/ingestion/sources/:name', async (req, res) => {
    res.json(toSourceView(await ingestion.updateSource(sourceName(req), parseBody(req, sourcePatchSchema))));
  });
  router.delete('/ingestion/sources/:name', async (req, res) => {
    await ingestion.deleteSource(sourceName(req));
    res.status(204).end();
  });
  router.post('/ingestion/sources/:name/runs', async (req, res) => {
    const name = sourceName(req);
    const { wait } = parseQuery(req, runTriggerQuerySchema);
    const running = ingestion.runNow(name, 'api');
    if (wait === 'true') {
      res.status(201).json(await running);
      return;
    }
    // Fire and forget: the run's outcome is in its run document and the log, not in this answer.
    running.catch((err: unknown) => req.log?.warn({ error: err instanceof Error ? err.message : String(err) }, 'background run refused'));
    res.status(202).json({ accepted: true, source: name });
  });
  router.get('/ingestion/sources/:name/runs', async (req, res) => {
    res.json({ items: await ingestion.listRuns(sourceName(req), parseQuery(req, runListQuerySchema).limit) });
  });
  router.get('/ingestion/runs/:id', async (req, res) => {
    res.json(await ingestion.getRun(parseParams(req, runIdParamsSchema).id));
  });
  router.get('/ingestion/quarantine', async (req, res) => {
    const query = parseQuery(req, quarantineListQuerySchema);
    res.json({ items: await ingestion.listQuarantine(query.source, query.status, query.limit) });
  });
  router.get('/ingestion/quarantine/:id', async (req, res) => {
    res.json(await ingestion.getQuarantined(parseParams(req, quarantineIdParamsSchema).id));
  });
  router.put('/ingestion/quarantine/:id', async (req, res) => {
    res.json(await ingestion.correctQuarantined(parseParams(req, quarantineIdParamsSchema).id, parseBody(req, anyJsonSchema)));
  });
  router.post('/ingestion/quarantine/:id/replay', async (req, res) => {
    res.json(await ingestion.replayQuarantined(parseParams(req, quarantineIdParamsSchema).id));
  });
  return router;
}

export function ingestionOpenApiPaths(): ZodOpenApiPathsObject {
  const byName = { requestParams: { path: sourceNameParamsSchema } };
  const byId = { requestParams: { path: quarantineIdParamsSchema } };
  const source = { status: '200' as const, schema: anyJsonSchema };
  return {
    '/ingestion/sources': {
      get: operation('ingestion', 'List feed sources (secrets redacted)', source),
      post: operation('ingestion', 'Create a feed source', { status: '201', schema: anyJsonSchema }, { requestBody: { content: { 'application/json': { schema: sourceInputSchema } } } }),
    },
    '/ingestion/sources/{name}': {
      get: operation('ingestion', 'Read a feed source', source, byName),
      patch: operation('ingestion', 'Change a feed source; {"paused": false} resumes it', source, { ...byName, requestBody: { content: { 'application/json': { schema: sourcePatchSchema } } } }),
      delete: operation('ingestion', 'Delete a feed source (its vacancies stay)', source, byName),
    },
    '/ingestion/sources/{name}/runs': {
      get: operation('ingestion', 'Run log of a source, newest first', source, { requestParams: { path: sourceNameParamsSchema, query: runListQuerySchema } }),
      post: operation('ingestion', 'Run the source now (wait=false answers 202 at once)', { status: '201', schema: runResourceSchema }, { requestParams: { path: sourceNameParamsSchema, query: runTriggerQuerySchema } }),
    },
    '/ingestion/runs/{id}': { get: operation('ingestion', 'One run with counts and timings', { status: '200', schema: runResourceSchema }, { requestParams: { path: runIdParamsSchema } }) },
    '/ingestion/quarantine': { get: operation('ingestion', 'Quarantined records', source, { requestParams: { query: quarantineListQuerySchema } }) },
    '/ingestion/quarantine/{id}': {
      get: operation('ingestion', 'One quarantined record with its reasons', source, byId),
      put: operation('ingestion', 'Store a corrected record (validated now)', source, { ...byId, requestBody: { content: { 'application/json': { schema: vacancyRecordSchema } } } }),
    },
    '/ingestion/quarantine/{id}/replay': { post: operation('ingestion', 'Replay the corrected record through the pipeline', source, byId) },
  };
}
