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
    paths: Object.assign({}, ...paths),
  });
}

export type { ZodOpenApiPathsObject };
