import request from 'supertest';
import type { Express } from 'express';
import type { Services } from '../../src/services.js';
import { demoAccounts, demoApiKey, seedDemoAccounts } from '../../src/modules/identity/demo-accounts.js';
import { testLogger } from './test-database.js';

/** The callers the authorisation tests use: no credentials, one demo account per role, and the demo key. */
export const callers = ['anonymous', 'admin', 'staff', 'regional-officer', 'employer', 'integration'] as const;
export type Caller = (typeof callers)[number];

const usernameOf: Record<Exclude<Caller, 'anonymous' | 'integration'>, string> = {
  admin: 'admin@demo.prima',
  staff: 'staff.torino@demo.prima',
  'regional-officer': 'officer.piemonte@demo.prima',
  employer: 'employer@demo.prima',
};

export interface SignedIn {
  /** The Cookie header a browser would send back. */
  cookie: string;
  setCookie: string[];
  csrfToken: string;
}

export async function seedTestAccounts(services: Services): Promise<void> {
  await seedDemoAccounts(services.identity.admin, testLogger);
}

/** Logs in over HTTP and keeps the cookies and CSRF token a browser would keep. */
export async function loginAs(app: Express, username: string, password: string): Promise<SignedIn> {
  const res = await request(app).post('/api/v1/auth/login').send({ username, password });
  if (res.status !== 200) throw new Error(`login as ${username} failed with ${res.status}`);
  const setCookie = (res.headers['set-cookie'] ?? []) as unknown as string[];
  return { cookie: setCookie.map((c) => c.split(';')[0]).join('; '), setCookie, csrfToken: res.body.csrfToken };
}

export async function loginDemo(app: Express, username: string): Promise<SignedIn> {
  const account = demoAccounts.find((a) => a.username === username);
  if (!account) throw new Error(`no demo account ${username}`);
  return loginAs(app, username, account.password);
}

/** Signs in every caller once; anonymous maps to undefined. */
export async function signInAll(app: Express): Promise<Partial<Record<Caller, SignedIn | string>>> {
  const out: Partial<Record<Caller, SignedIn | string>> = { integration: `Bearer ${demoApiKey.key}` };
  for (const [caller, username] of Object.entries(usernameOf)) out[caller as Caller] = await loginDemo(app, username);
  return out;
}

/** Adds the caller's credentials to a supertest request: a bearer header or session cookie plus CSRF header. */
export function withCredentials(req: request.Test, credentials: SignedIn | string | undefined): request.Test {
  if (credentials === undefined) return req;
  if (typeof credentials === 'string') return req.set('authorization', credentials);
  return req.set('cookie', credentials.cookie).set('x-csrf-token', credentials.csrfToken);
}
