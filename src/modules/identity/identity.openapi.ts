import { z } from 'zod';
import { jsonContent, operation } from '../../platform/http/openapi-helpers.js';
import type { ZodOpenApiPathsObject } from '../../platform/http/openapi.js';
import { centreBody, idParams, loginBody, newApiKeyBody, newUserBody, userUpdateBody } from './identity.schema.js';

const principal = z.object({
  id: z.string(), kind: z.enum(['user', 'api-key']), roles: z.array(z.string()), scopes: z.array(z.string()),
  centreId: z.string().optional(), provinceCode: z.string().optional(), regionCode: z.string().optional(), employerId: z.string().optional(),
}).meta({ id: 'Principal' });
const user = z.object({ id: z.string(), username: z.string(), displayName: z.string(), roles: z.array(z.string()), centreId: z.string().optional(), employerId: z.string().optional(), regionCode: z.string().optional(), disabled: z.boolean() }).meta({ id: 'User' });
const apiKey = z.object({ id: z.string(), prefix: z.string(), name: z.string(), scopes: z.array(z.string()), revokedAt: z.string().optional() }).meta({ id: 'ApiKey' });
const centre = z.object({ id: z.string(), name: z.string(), provinceCode: z.string(), regionCode: z.string() }).meta({ id: 'EmploymentCentre' });
const byId = { requestParams: { path: idParams } };

/** Login, sessions, CSRF and the admin routes for users, centres and API keys (docs/access-control.md). */
export function identityOpenApiPaths(): ZodOpenApiPathsObject {
  return {
    '/auth/login': {
      post: operation('auth', 'Log in: sets the session cookie and returns a CSRF token for x-csrf-token', {
        status: '200', schema: z.object({ principal, expiresAt: z.string(), csrfToken: z.string() }),
      }, { requestBody: jsonContent(loginBody), security: [] }),
    },
    '/auth/logout': { post: operation('auth', 'End the session', { status: '200', schema: z.object({}) }) },
    '/auth/me': { get: operation('auth', 'The caller, however they authenticated', { status: '200', schema: z.object({ principal }) }) },
    '/auth/csrf': { get: operation('auth', 'A fresh CSRF token for the session', { status: '200', schema: z.object({ csrfToken: z.string() }) }) },
    '/admin/users': {
      get: operation('admin', 'List users', { status: '200', schema: z.object({ users: z.array(user) }) }),
      post: operation('admin', 'Create a user', { status: '201', schema: user }, { requestBody: jsonContent(newUserBody) }),
    },
    '/admin/users/{id}': { patch: operation('admin', 'Change a user; ends their sessions', { status: '200', schema: user }, { ...byId, requestBody: jsonContent(userUpdateBody) }) },
    '/admin/centres': { get: operation('admin', 'List employment centres', { status: '200', schema: z.object({ centres: z.array(centre) }) }) },
    '/admin/centres/{id}': { put: operation('admin', 'Create or replace an employment centre', { status: '200', schema: centre }, { ...byId, requestBody: jsonContent(centreBody) }) },
    '/admin/api-keys': {
      get: operation('admin', 'List API keys (never their secrets)', { status: '200', schema: z.object({ apiKeys: z.array(apiKey) }) }),
      post: operation('admin', 'Create an API key; the key is shown only in this answer', { status: '201', schema: z.object({ key: z.string(), apiKey }) }, { requestBody: jsonContent(newApiKeyBody) }),
    },
    '/admin/api-keys/{id}': { delete: operation('admin', 'Revoke an API key', { status: '200', schema: apiKey }, byId) },
  };
}
