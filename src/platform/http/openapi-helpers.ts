import type { z } from 'zod';
import type { ZodOpenApiOperationObject } from 'zod-openapi';

const errorBody = { description: 'Error with a stable code: { error: { code, message, issues? } }' };

/** The error answers every operation can give, so each route lists only what is special to it. */
export const errorResponses = {
  '400': { ...errorBody, description: 'VALIDATION_FAILED: field-level issues, nothing was written' },
  '401': { ...errorBody, description: 'UNAUTHENTICATED' },
  '403': { ...errorBody, description: 'FORBIDDEN' },
  '404': { ...errorBody, description: 'NOT_FOUND' },
  '409': { ...errorBody, description: 'CONFLICT (duplicate) or INVALID_STATE (lifecycle)' },
  '413': { ...errorBody, description: 'PAYLOAD_TOO_LARGE' },
};

export const jsonContent = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });

export function operation(
  tag: string,
  summary: string,
  success: { status: '200' | '201'; schema: z.ZodType },
  extra: Partial<ZodOpenApiOperationObject> = {},
): ZodOpenApiOperationObject {
  return {
    tags: [tag],
    summary,
    ...extra,
    responses: { [success.status]: { description: summary, ...jsonContent(success.schema) }, ...errorResponses },
  };
}
