import type { RequestHandler } from 'express';
import type { AuthService } from './auth.service.js';
import { UnauthenticatedError } from './identity.errors.js';
import { setPrincipal } from './request-principal.js';

export interface CookieSettings {
  sessionCookie: string;
  csrfCookie: string;
  secure: boolean;
}

/** `__Host-` cookies are bound to this exact origin but demand HTTPS, so plain-HTTP development drops the prefix. */
export function cookieSettings(production: boolean): CookieSettings {
  const prefix = production ? '__Host-' : '';
  return { sessionCookie: `${prefix}prima_session`, csrfCookie: `${prefix}prima_csrf`, secure: production };
}

/**
 * Resolves the caller once per request, from a bearer API key or from the session cookie, into the
 * same Principal. A presented key that fails is an error; a stale cookie just leaves the caller anonymous.
 */
export function createAuthenticate(auth: AuthService, cookies: CookieSettings): RequestHandler {
  return async (req, _res, next) => {
    const header = req.headers.authorization;
    if (header !== undefined) {
      const match = /^Bearer ([^\s]{1,200})$/i.exec(header.trim());
      if (!match) throw new UnauthenticatedError('Authorization must be "Bearer <api key>"');
      setPrincipal(req, await auth.principalFromApiKey(match[1]!));
      return next();
    }
    const token: unknown = req.cookies?.[cookies.sessionCookie];
    if (typeof token === 'string' && token.length > 0 && token.length <= 200) {
      const principal = await auth.principalFromSessionToken(token);
      if (principal) setPrincipal(req, principal);
    }
    next();
  };
}
