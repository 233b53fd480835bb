import type { Request, RequestHandler, Router } from 'express';
import type { Policy } from './access-policy.js';
import { enforce, ForbiddenError } from './identity.errors.js';
import { principalOf } from './request-principal.js';
import { needsCsrfCheck, type CsrfGuard } from './csrf.js';

/** How one route is protected. Every route under /api/v1 must have one (see src/route-policies.ts). */
export interface RouteRule {
  policy: Policy;
  /** Only for routes that create the session (login): there is no session to bind a CSRF token to yet. */
  csrf?: 'exempt';
  /** Runs after the policy allowed the call, e.g. to audit a read of a candidate. */
  after?: (req: Request) => void;
}

export type RouteTable = Record<string, RouteRule>;

export interface RegisteredRoute {
  method: string;
  path: string;
  key: string;
}

interface RouteLike {
  path: unknown;
  methods: Record<string, boolean | undefined>;
  stack: unknown[];
}

interface LayerLike {
  route?: RouteLike;
  rawPath?: unknown;
  handle?: { stack?: LayerLike[] };
}

function joinPath(prefix: string, path: string): string {
  const joined = `${prefix}/${path}`.replace(/\/+/g, '/');
  return joined.length > 1 ? joined.replace(/\/$/, '') : joined;
}

/** Walks an express router (and routers mounted in it) and yields each route with the express Route object. */
function* walk(stack: LayerLike[], prefix: string): Generator<{ route: RouteLike; method: string; path: string }> {
  for (const layer of stack) {
    if (layer.route) {
      if (typeof layer.route.path !== 'string') throw new Error(`Route paths must be strings to be checked for a policy (under ${prefix || '/'})`);
      const path = joinPath(prefix, layer.route.path);
      for (const method of Object.keys(layer.route.methods)) yield { route: layer.route, method: method === '_all' ? 'all' : method, path };
    } else if (layer.handle?.stack) {
      if (layer.rawPath !== undefined && typeof layer.rawPath !== 'string') throw new Error('Mounted routers need a string path');
      yield* walk(layer.handle.stack, joinPath(prefix, (layer.rawPath as string | undefined) ?? '/'));
    }
  }
}

export function listRoutes(router: Router): RegisteredRoute[] {
  return [...walk(router.stack as LayerLike[], '')].map(({ method, path }) => ({ method: method.toUpperCase(), path, key: `${method.toUpperCase()} ${path}` }));
}

function guardFor(rule: RouteRule, csrf: CsrfGuard): RequestHandler {
  return (req, _res, next) => {
    enforce(rule.policy, principalOf(req));
    if (rule.csrf !== 'exempt' && needsCsrfCheck(req) && !csrf.isValid(req)) throw new ForbiddenError('Missing or invalid CSRF token');
    rule.after?.(req);
    next();
  };
}

/**
 * Puts each route's guard in front of its handlers, inside the route itself, so express's own path
 * matching decides which rule applies. Fails at startup when any route has no rule: a new route
 * cannot go live unprotected.
 */
export function applyRoutePolicies(router: Router, table: RouteTable, csrf: CsrfGuard): { unused: string[] } {
  const found = [...walk(router.stack as LayerLike[], '')];
  const missing = found.map((r) => `${r.method.toUpperCase()} ${r.path}`).filter((key) => !table[key]);
  if (missing.length > 0) throw new Error(`Routes without an access policy (add them to src/route-policies.ts): ${[...new Set(missing)].join(', ')}`);
  for (const { route, method, path } of found) {
    const guard = guardFor(table[`${method.toUpperCase()} ${path}`]!, csrf);
    (route as unknown as Record<string, (h: RequestHandler) => void>)[method]!.call(route, guard);
    route.stack.unshift(route.stack.pop());
  }
  const used = new Set(found.map((r) => `${r.method.toUpperCase()} ${r.path}`));
  return { unused: Object.keys(table).filter((key) => !used.has(key)) };
}
