import { expect } from 'chai';
import { Router } from 'express';
import { applyRoutePolicies, listRoutes } from '../../../src/modules/identity/route-guard.js';
import { publicAccess } from '../../../src/modules/identity/access-policy.js';

const csrf = { issueToken: () => 't', isValid: () => true };

function sampleRouter(): Router {
  const inner = Router();
  inner.get('/vacancies/:id', (_req, res) => void res.end());
  inner.post('/vacancies', (_req, res) => void res.end());
  const root = Router();
  root.use(inner);
  root.use('/nested', Router().delete('/things/:id', (_req, res) => void res.end()));
  return root;
}

describe('route guard', () => {
  it('when routers are nested, then every route is listed with its full path and method', () => {
    expect(listRoutes(sampleRouter()).map((r) => r.key)).to.deep.equal(['GET /vacancies/:id', 'POST /vacancies', 'DELETE /nested/things/:id']);
  });

  it('when a route has no rule, then applying the policies fails and names it', () => {
    const table = { 'GET /vacancies/:id': { policy: publicAccess }, 'POST /vacancies': { policy: publicAccess } };
    expect(() => applyRoutePolicies(sampleRouter(), table, csrf)).to.throw(/DELETE \/nested\/things\/:id/);
  });

  it('when every route has a rule, then each gets its guard first and stale rules are reported', () => {
    const router = sampleRouter();
    const table = {
      'GET /vacancies/:id': { policy: publicAccess },
      'POST /vacancies': { policy: publicAccess },
      'DELETE /nested/things/:id': { policy: publicAccess },
      'GET /gone': { policy: publicAccess },
    };
    expect(applyRoutePolicies(router, table, csrf).unused).to.deep.equal(['GET /gone']);
    expect(listRoutes(router)).to.have.length(3);
  });
});
