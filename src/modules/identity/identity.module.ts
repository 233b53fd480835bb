import cookieParser from 'cookie-parser';
import type { RequestHandler, Router } from 'express';
import type { AppConfig } from '../../config/env.js';
import { createAuthService, type AuthService } from './auth.service.js';
import { createIdentityAdminService, type IdentityAdminService } from './identity-admin.service.js';
import { cookieSettings, createAuthenticate, type CookieSettings } from './authenticate.middleware.js';
import { createCsrfGuard, type CsrfGuard } from './csrf.js';
import { createApiRateLimit, createLoginRateLimit } from './rate-limits.js';
import { createAuthRouter } from './auth.routes.js';
import { createIdentityAdminRouter } from './identity-admin.routes.js';

export interface Identity {
  auth: AuthService;
  admin: IdentityAdminService;
  cookies: CookieSettings;
  csrf: CsrfGuard;
  production: boolean;
  /** Built per app, so each app (and each test app) has its own rate-limit counters. */
  createMiddleware: () => RequestHandler[];
  createRouters: () => Router[];
}

export function createIdentity(config: AppConfig): Identity {
  const production = config.NODE_ENV === 'production';
  const cookies = cookieSettings(production);
  const auth = createAuthService({
    sessionTtlMs: config.SESSION_TTL_MINUTES * 60_000,
    maxFailedLogins: config.LOGIN_MAX_FAILURES,
    lockMs: config.LOGIN_LOCK_MINUTES * 60_000,
    refuseDemoCredentials: production,
  });
  const admin = createIdentityAdminService();
  const csrf = createCsrfGuard(config.CSRF_SECRET, cookies);
  return {
    auth, admin, cookies, csrf, production,
    createMiddleware: () => [cookieParser(), createAuthenticate(auth, cookies), createApiRateLimit(config.API_RATE_LIMIT_PER_MINUTE)],
    createRouters: () => [
      createAuthRouter({ auth, cookies, csrf, loginRateLimit: createLoginRateLimit(config.LOGIN_RATE_LIMIT_PER_IP) }),
      createIdentityAdminRouter(admin),
    ],
  };
}
