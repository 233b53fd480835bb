import type { Request, Response } from 'express';
import { doubleCsrf } from 'csrf-csrf';
import type { CookieSettings } from './authenticate.middleware.js';
import { principalOf } from './request-principal.js';

export interface CsrfGuard {
  /** Issues a token bound to the caller's session and sets its cookie; the client echoes it in `x-csrf-token`. */
  issueToken: (req: Request, res: Response) => string;
  /** True when the request carries a matching cookie and header for the current session. */
  isValid: (req: Request) => boolean;
}

/**
 * Double-submit CSRF tokens (csrf-csrf), HMAC-bound to the session id so a token stolen from one
 * session is useless in another. Only cookie sessions need it: a bearer key is never sent by a browser on its own.
 */
export function createCsrfGuard(secret: string, cookies: CookieSettings): CsrfGuard {
  const { generateCsrfToken, validateRequest } = doubleCsrf({
    getSecret: () => secret,
    getSessionIdentifier: (req) => principalOf(req)?.sessionId ?? '',
    cookieName: cookies.csrfCookie,
    cookieOptions: { sameSite: 'strict', path: '/', secure: cookies.secure, httpOnly: true },
    getCsrfTokenFromRequest: (req) => req.headers['x-csrf-token'],
  });
  return {
    issueToken: (req, res) => generateCsrfToken(req, res, { overwrite: true }),
    isValid: (req) => validateRequest(req),
  };
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export function needsCsrfCheck(req: Request): boolean {
  return !safeMethods.has(req.method) && principalOf(req)?.via === 'session';
}
