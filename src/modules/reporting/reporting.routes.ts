import { Router } from 'express';
import { z } from 'zod';
import { parseQuery } from '../../platform/http/validate.js';
import type { ZodOpenApiPathsObject } from '../../platform/http/openapi.js';
import { requirePrincipal } from '../identity/request-principal.js';
import type { ReportingService } from './reporting.service.js';
import { indicatorQuery } from './reporting.schema.js';
import { indicatorsToCsv } from './indicator-export.js';

export function createReportingRouter(reporting: ReportingService): Router {
  const router = Router();
  router.get('/reports/indicators', async (req, res) => {
    const { format, ...request } = parseQuery(req, indicatorQuery);
    const report = await reporting.indicatorReport(requirePrincipal(req), request);
    if (format === 'json') {
      res.json(report);
      return;
    }
    const file = `prima-indicators-${report.level}-${report.code}-${report.period.from}-${report.period.to}.csv`;
    res.type('text/csv; charset=utf-8').attachment(file).send(indicatorsToCsv(report));
  });
  return router;
}

export function reportingOpenApiPaths(): ZodOpenApiPathsObject {
  return {
    '/reports/indicators': {
      get: {
        tags: ['reporting'],
        summary: 'PRIMA indicators for a centre, province or region and period, with small counts suppressed',
        requestParams: { query: indicatorQuery },
        responses: {
          '200': {
            description: 'JSON report, or CSV when format=csv',
            content: { 'application/json': { schema: z.object({ rows: z.array(z.unknown()) }) }, 'text/csv': { schema: z.string() } },
          },
        },
      },
    },
  };
}
