import { Router, type RequestHandler, type Response } from 'express';
import { parseBody } from '../../platform/http/validate.js';
import type { AuthService } from './auth.service.js';
import type { CookieSettings } from './authenticate.middleware.js';
import type { CsrfGuard } from './csrf.js';
import { loginBody } from './identity.schema.js';
import { requirePrincipal, setPrincipal } from './request-principal.js';
import type { Principal } from './identity.types.js';

export interface AuthRouteDeps {
  auth: AuthService;
  cookies: CookieSettings;
  csrf: CsrfGuard;
  loginRateLimit: RequestHandler;
}

const describePrincipal = (p: Principal) => ({
  id: p.id, kind: p.kind, roles: p.roles, scopes: p.scopes,
  centreId: p.centreId, provinceCode: p.provinceCode, regionCode: p.regionCode, employerId: p.employerId,
});

function clearSessionCookies(res: Response, cookies: CookieSettings): void {
  const options = { httpOnly: true, secure: cookies.secure, sameSite: 'strict' as const, path: '/' };
  res.clearCookie(cookies.sessionCookie, options);
  res.clearCookie(cookies.csrfCookie, options);
}

/** Login, logout, the current principal and CSRF tokens for the web app. */
export function createAuthRouter(deps: AuthRouteDeps): Router {
  const router = Router();

  router.post('/auth/login', deps.loginRateLimit, async (req, res) => {
    const { username, password } = parseBody(req, loginBody);
    const session = await deps.auth.login(username, password);
    res.cookie(deps.cookies.sessionCookie, session.token, {
      httpOnly: true, secure: deps.cookies.secure, sameSite: 'strict', path: '/', expires: session.expiresAt,
    });
    setPrincipal(req, session.principal);
    const csrfToken = deps.csrf.issueToken(req, res);
    res.json({ principal: describePrincipal(session.principal), expiresAt: session.expiresAt.toISOString(), csrfToken });
  });

  router.post('/auth/logout', async (req, res) => {
    const token: unknown = req.cookies?.[deps.cookies.sessionCookie];
    if (typeof token === 'string') await deps.auth.logout(token);
    clearSessionCookies(res, deps.cookies);
    res.status(204).end();
  });

  router.get('/auth/me', (req, res) => {
    res.json({ principal: describePrincipal(requirePrincipal(req)) });
  });

  router.get('/auth/csrf', (req, res) => {
    res.json({ csrfToken: deps.csrf.issueToken(req, res) });
  });

  return router;
}
