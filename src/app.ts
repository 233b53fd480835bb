import express, { type Express } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Logger } from './platform/logger.js';
import { createErrorHandler, notFoundRoute } from './platform/http/error-handler.js';
import { rejectOperatorKeys } from './platform/http/reject-operator-keys.js';
import { buildOpenApiDocument } from './platform/http/openapi.js';
import { createHealthRouter } from './modules/health/health.routes.js';
import type { Services } from './services.js';
import { apiOpenApiPaths, createApiRouter } from './api.routes.js';
import { routePolicies } from './route-policies.js';
import { secureApiRouter } from './modules/identity/secure-api.js';

/** The staff and employer web app: plain ES modules and CSS, served as they are (docs/web-app.md). */
const webAppDir = fileURLToPath(new URL('../public', import.meta.url));

export interface AppDeps {
  logger: Logger;
  bodyLimit: string;
  services: Services;
  isDatabaseReady: () => Promise<boolean>;
}

/** Builds the Express app without listening, so tests drive it over HTTP with supertest. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(
    pinoHttp({
      logger: deps.logger,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      // Only method, path and status: query strings and bodies can carry personal data.
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
    }),
  );
  app.use(helmet());
  app.use(express.json({ limit: deps.bodyLimit, strict: true }));
  app.use(rejectOperatorKeys);
  app.use(createHealthRouter({ isDatabaseReady: deps.isDatabaseReady }));

  const openApiDocument = buildOpenApiDocument(apiOpenApiPaths());
  app.get('/api/v1/openapi.json', (_req, res) => {
    res.json(openApiDocument);
  });
  app.use('/api/v1', secureApiRouter(createApiRouter(deps.services), deps.services.identity, routePolicies, deps.logger));
  app.use(express.static(webAppDir, { index: 'index.html', maxAge: '5m' }));
  app.use(notFoundRoute);
  app.use(createErrorHandler(deps.logger));
  return app;
}
