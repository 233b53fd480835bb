import request from 'supertest';
import type { Express } from 'express';
import mongoose from 'mongoose';
import { demoApiKey } from '../../src/modules/identity/demo-accounts.js';
import { loginDemo, seedTestAccounts, withCredentials, type SignedIn } from './auth.js';
import type { TestContext } from './test-app.js';

/** Collections of the domain modules; emptied between tests while accounts and keys stay. */
const domainCollections = ['employers', 'vacancies', 'candidates', 'candidate_identities', 'candidate_protected', 'consents'];

export async function clearDomainCollections(): Promise<void> {
  const db = mongoose.connection.db;
  if (!db) return;
  await Promise.all(domainCollections.map((name) => db.collection(name).deleteMany({})));
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Sends requests as one signed-in caller: the demo integration key, or a demo staff session with CSRF. */
export interface DomainClient {
  send(method: Method, path: string): request.Test;
}

export async function signInIntegration(ctx: TestContext): Promise<DomainClient> {
  await seedTestAccounts(ctx.services);
  const bearer = `Bearer ${demoApiKey.key}`;
  return { send: (method, path) => withCredentials(request(ctx.app)[method](path), bearer) };
}

export async function signInStaff(ctx: TestContext, username = 'staff.torino@demo.prima'): Promise<DomainClient> {
  await seedTestAccounts(ctx.services);
  const session: SignedIn = await loginDemo(ctx.app as Express, username);
  return { send: (method, path) => withCredentials(request(ctx.app)[method](path), session) };
}
