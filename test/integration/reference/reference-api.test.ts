import { expect } from 'chai';
import { createTestApp } from '../../support/test-app.js';
import { signInIntegration, type DomainClient } from '../../support/domain-client.js';

describe('reference data API', () => {
  let api: DomainClient;
  before(async () => {
    api = await signInIntegration(await createTestApp());
  });

  it('when comuni are searched by prefix, then a small page of matches comes back', async () => {
    const res = await api.send('get', '/api/v1/reference/comuni').query({ q: 'tor', limit: '5' });
    expect(res.status).to.equal(200);
    expect(res.body.items).to.have.length(5);
    expect(res.body.items[0].name).to.equal('Torino');
  });

  it('when a province filter is given, then only its comuni are listed', async () => {
    const res = await api.send('get', '/api/v1/reference/comuni').query({ q: 'san', province: 'na' });
    expect(res.status).to.equal(200);
    expect(res.body.items.length).to.be.greaterThan(0);
    expect(res.body.items.every((c: { provinceAbbrev: string }) => c.provinceAbbrev === 'NA')).to.equal(true);
  });

  it('when the query has an unknown key or a bad limit, then the answer is 400 with field issues', async () => {
    const unknown = await api.send('get', '/api/v1/reference/comuni').query({ name: 'x' });
    expect(unknown.status).to.equal(400);
    const badLimit = await api.send('get', '/api/v1/reference/comuni').query({ limit: '500' });
    expect(badLimit.status).to.equal(400);
    expect(badLimit.body.error.issues[0].path).to.equal('limit');
  });

  it('when the code tables are asked for, then they are complete', async () => {
    const [provinces, regions, permits, cefr] = await Promise.all(
      ['provinces', 'regions', 'permit-reasons', 'cefr-levels'].map((t) => api.send('get', `/api/v1/reference/${t}`)),
    );
    expect(provinces?.body.items).to.have.length(107);
    expect(regions?.body.items).to.have.length(20);
    expect(permits?.body.items.map((p: { code: string }) => p.code)).to.include('LAVOR');
    expect(cefr?.body.items[0]).to.deep.include({ code: 'A1', rank: 1 });
  });

  it('when the OpenAPI document is built, then the reference routes are in it', async () => {
    const res = await api.send('get', '/api/v1/openapi.json');
    expect(res.body.paths).to.have.property('/reference/comuni');
    expect(res.body.paths).to.have.property('/reference/cefr-levels');
  });
});
