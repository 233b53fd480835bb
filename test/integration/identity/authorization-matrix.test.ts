import { expect } from 'chai';
import request from 'supertest';
import { createTestApp, type TestContext } from '../../support/test-app.js';
import { clearDatabase } from '../../support/test-database.js';
import { callers, seedTestAccounts, signInAll, withCredentials, type Caller } from '../../support/auth.js';
import { createApiRouter } from '../../../src/api.routes.js';
import { listRoutes, type RegisteredRoute } from '../../../src/modules/identity/route-guard.js';

const signedIn: Caller[] = ['admin', 'staff', 'regional-officer', 'employer', 'integration'];
const admin: Caller[] = ['admin'];
const staff: Caller[] = ['staff'];

/**
 * Which callers get past each route's access rule. A new route fails this test until it is added
 * here, so its access is decided on purpose. Row-level rules (own centre, own vacancy) come on top.
 */
const matrix: Record<string, Caller[]> = {
  'POST /auth/login': [...callers],
  'POST /auth/logout': signedIn,
  'GET /auth/me': signedIn,
  'GET /auth/csrf': signedIn,
  'GET /admin/users': admin,
  'POST /admin/users': admin,
  'PATCH /admin/users/:id': admin,
  'GET /admin/centres': admin,
  'PUT /admin/centres/:id': admin,
  'GET /admin/api-keys': admin,
  'POST /admin/api-keys': admin,
  'DELETE /admin/api-keys/:id': admin,
  'GET /audit': admin,
  'GET /audit/fairness': ['admin', 'regional-officer'],
  'GET /candidates/:id/consents': staff,
  'POST /candidates/:id/consents': staff,
  'POST /candidates/:id/consents/:consentId/withdraw': staff,
  'GET /candidates/:id/export': staff,
  'POST /candidates/:id/erasure': staff,
  'GET /candidates': staff,
  'POST /candidates': staff,
  'GET /candidates/:id': staff,
  'PUT /candidates/:id': staff,
  'PATCH /candidates/:id': staff,
  'DELETE /candidates/:id': staff,
  'GET /candidates/:id/identity': staff,
  'PUT /candidates/:id/identity': staff,
  'GET /reference/comuni': signedIn,
  'GET /reference/provinces': signedIn,
  'GET /reference/regions': signedIn,
  'GET /reference/permit-reasons': signedIn,
  'GET /reference/cefr-levels': signedIn,
  'GET /taxonomy/skills': signedIn,
  'GET /taxonomy/occupations': signedIn,
  'GET /taxonomy/skills/:uri': signedIn,
  'GET /taxonomy/occupations/:uri': signedIn,
  'POST /analyse/skills': ['admin', 'staff', 'employer', 'integration'],
  'POST /analyse/occupation': ['admin', 'staff', 'employer', 'integration'],
  'GET /employers': ['admin', 'staff', 'regional-officer', 'integration'],
  'POST /employers': ['admin', 'staff', 'integration'],
  'GET /employers/:id': ['admin', 'staff', 'regional-officer', 'integration'],
  'PUT /employers/:id': ['admin', 'staff', 'integration'],
  'PATCH /employers/:id': ['admin', 'staff', 'integration'],
  'GET /vacancies': signedIn,
  'POST /vacancies': ['staff', 'employer', 'integration'],
  'GET /vacancies/:id': signedIn,
  'PUT /vacancies/:id': ['staff', 'employer', 'integration'],
  'PATCH /vacancies/:id': ['staff', 'employer', 'integration'],
  'DELETE /vacancies/:id': ['staff', 'employer', 'integration'],
  'GET /vacancies/:id/matches': ['staff', 'employer'],
  'POST /match': staff,
  'POST /matches/decisions': staff,
  'GET /matches/decisions': staff,
  'GET /candidates/:id/matches': staff,
  'POST /candidates/:id/interventions': staff,
  'GET /candidates/:id/interventions': staff,
  'GET /interventions': staff,
  'GET /reports/indicators': ['admin', 'staff', 'regional-officer'],
  'GET /demand': ['admin', 'staff', 'regional-officer'],
  'GET /demand/employers-to-contact': ['admin', 'staff', 'regional-officer'],
  'GET /candidates/:id/recommendations': staff,
  'GET /courses': ['admin', 'staff', 'regional-officer'],
  'GET /courses/:id': ['admin', 'staff', 'regional-officer'],
  'POST /courses': admin,
  'PUT /courses/:id': admin,
  'DELETE /courses/:id': admin,
  'POST /courses/import': admin,
  'POST /courses/feed': admin,
  'GET /ingestion/sources': ['admin', 'staff'],
  'POST /ingestion/sources': admin,
  'GET /ingestion/sources/:name': ['admin', 'staff'],
  'PATCH /ingestion/sources/:name': admin,
  'DELETE /ingestion/sources/:name': admin,
  'POST /ingestion/sources/:name/runs': ['admin', 'integration'],
  'GET /ingestion/sources/:name/runs': ['admin', 'staff'],
  'GET /ingestion/runs/:id': ['admin', 'staff'],
  'GET /ingestion/quarantine': ['admin', 'staff'],
  'GET /ingestion/quarantine/:id': ['admin', 'staff'],
  'PUT /ingestion/quarantine/:id': ['admin', 'staff'],
  'POST /ingestion/quarantine/:id/replay': ['admin', 'staff'],
};

const concretePath = (path: string): string => `/api/v1${path.replace(/:\w+/g, 'matrix-x')}`;
/** Logout ends the caller's session, so it runs last. */
const logoutLast = (a: RegisteredRoute, b: RegisteredRoute): number => Number(a.key === 'POST /auth/logout') - Number(b.key === 'POST /auth/logout');

describe('authorisation matrix', () => {
  let ctx: TestContext;
  let routes: RegisteredRoute[];

  before(async () => {
    ctx = await createTestApp();
    await clearDatabase();
    await seedTestAccounts(ctx.services);
    routes = listRoutes(createApiRouter(ctx.services)).sort(logoutLast);
  });

  it('when the API routes are listed, then every one of them is in the matrix', () => {
    expect(routes.map((r) => r.key).filter((key) => !matrix[key])).to.deep.equal([]);
  });

  it('when every route is called by every role and without credentials, then exactly the listed callers pass', async () => {
    const credentials = await signInAll(ctx.app);
    const mismatches: string[] = [];
    for (const route of routes) {
      for (const caller of callers) {
        const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
        let req = withCredentials(request(ctx.app)[method](concretePath(route.path)), credentials[caller]);
        if (method !== 'get') req = req.send({});
        const res = await req;
        const expected = (matrix[route.key] ?? []).includes(caller) ? 'pass' : caller === 'anonymous' ? '401' : '403';
        const actual = res.status === 401 || res.status === 403 ? String(res.status) : 'pass';
        if (expected !== actual) mismatches.push(`${route.key} as ${caller}: expected ${expected}, got ${res.status}`);
      }
    }
    expect(mismatches).to.deep.equal([]);
  });
});
