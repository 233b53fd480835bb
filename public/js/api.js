/**
 * The one way pages talk to /api/v1: same-origin cookies, the CSRF header on writes, and errors turned
 * into values pages can show. A route the server does not have yet becomes NotAvailableError, so a page
 * says "not available" instead of inventing data.
 */
export class ApiError extends Error {
  constructor(status, code, message, details) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export class NotAvailableError extends ApiError {}

let csrfToken = '';

export function rememberCsrfToken(token) {
  csrfToken = token ?? '';
}

async function readBody(res) {
  const type = res.headers.get('content-type') ?? '';
  if (res.status === 204 || !type.includes('json')) return undefined;
  return res.json();
}

function errorFrom(res, body) {
  const error = body?.error ?? {};
  const message = error.message ?? res.statusText;
  // The server answers an unknown path with NOT_FOUND "No route for …": that is a missing feature, not a missing record.
  if (res.status === 404 && /^No route for /.test(message)) return new NotAvailableError(404, 'NOT_AVAILABLE', message);
  if (res.status === 405 || res.status === 501) return new NotAvailableError(res.status, 'NOT_AVAILABLE', message);
  return new ApiError(res.status, error.code ?? 'HTTP_' + res.status, message, error);
}

export async function api(method, path, body) {
  const headers = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(`/api/v1${path}`, {
    method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
  });
  const payload = await readBody(res);
  if (!res.ok) throw errorFrom(res, payload);
  return payload;
}

export const get = (path) => api('GET', path);

/** Lists arrive as {items}, {results} or a bare array depending on the route; pages only want the rows. */
export function rowsOf(payload) {
  if (Array.isArray(payload)) return payload;
  for (const key of ['items', 'results', 'data', 'matches', 'candidates', 'vacancies']) {
    if (Array.isArray(payload?.[key])) return payload[key];
  }
  return [];
}

export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}
