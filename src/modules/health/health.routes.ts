import { Router } from 'express';

export interface HealthDeps {
  isDatabaseReady: () => Promise<boolean>;
}

/** /healthz says the process is alive; /readyz also asks the database, for load balancers. */
export function createHealthRouter(deps: HealthDeps): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const database = await deps.isDatabaseReady();
    res.status(database ? 200 : 503).json({ status: database ? 'ready' : 'unavailable', checks: { database } });
  });
  return router;
}
