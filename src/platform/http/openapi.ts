import { createDocument, type ZodOpenApiPathsObject } from 'zod-openapi';

/** Builds the OpenAPI 3.1 document from the same zod schemas the routes parse with. */
export function buildOpenApiDocument(paths: ZodOpenApiPathsObject[]): ReturnType<typeof createDocument> {
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'PRIMA Match API',
      version: '1.0.0',
      description: 'Job matching for Italian public employment centres serving migrants (PRIMA programme, FAMI).',
    },
    servers: [{ url: '/api/v1' }],
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'prima_session', description: 'Web app session; unsafe methods also need x-csrf-token' },
        apiKey: { type: 'http', scheme: 'bearer', description: 'Integration key prima_<prefix>_<secret>' },
      },
    },
    security: [{ session: [] }, { apiKey: [] }],
    paths: Object.assign({}, ...paths),
  });
}

export type { ZodOpenApiPathsObject };
