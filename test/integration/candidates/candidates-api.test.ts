import { expect } from 'chai';
import { createTestApp, type TestContext } from '../../support/test-app.js';
import { clearDomainCollections, signInStaff, type DomainClient } from '../../support/domain-client.js';
import { CandidateIdentityModel, CandidateModel, CandidateProtectedModel } from '../../../src/modules/candidates/candidate.model.js';
import { ConsentModel } from '../../../src/modules/privacy/consent.model.js';

const occupation = 'http://data.europa.eu/esco/occupation/1391bdf9-bd61-4fb5-91ca-c29036ab2b60';
const record = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  summary: 'Assistente domiciliare con esperienza',
  lang: 'it',
  experiences: [{ title: 'assistente domiciliare', occupation, years: 6, country: 'RO' }],
  languages: [{ lang: 'it', level: 'B1' }],
  location: { comune: 'Torino' },
  workAuthorisation: { status: 'permit', permitReason: 'LAVOR', validUntil: '2027-06-30' },
  protected: { nationality: 'RO', gender: 'female', birthYear: 1980 },
  ...extra,
});
const registration = (id: string, extra: Record<string, unknown> = {}) => ({
  candidate: record(id),
  identity: { givenName: 'Andreea', familyName: 'Stan', email: 'andreea@example.org', phone: '+39 336 9859114' },
  centreId: 'cpi-torino',
  consents: [{ purpose: 'matching', date: '2026-04-20', recordedBy: 'cpi-torino/operatore-1' }],
  ...extra,
});
const snapshot = async () => ({
  profiles: await CandidateModel.find().sort({ _id: 1 }).lean(),
  identities: await CandidateIdentityModel.find().sort({ _id: 1 }).lean(),
  protected: await CandidateProtectedModel.find().sort({ _id: 1 }).lean(),
});

describe('candidates API', () => {
  let ctx: TestContext;
  let api: DomainClient;
  before(async () => {
    ctx = await createTestApp();
    api = await signInStaff(ctx);
  });
  beforeEach(clearDomainCollections);

  it('when a candidate is registered, then profile, identity, protected data and consents are stored apart', async () => {
    const res = await api.send('post', '/api/v1/candidates').send(registration('c-1'));
    expect(res.status, JSON.stringify(res.body)).to.equal(201);
    expect(res.body).to.include({ id: 'c-1', centreId: 'cpi-torino' });
    expect(res.body.location).to.include({ istat: '001272', provinceAbbrev: 'TO' });
    expect(res.body.record).to.deep.equal(record('c-1'));
    const profile = await CandidateModel.findById('c-1').lean();
    expect(profile?.record).to.not.have.property('protected');
    expect(JSON.stringify(profile)).to.not.include('Andreea');
    expect((await CandidateProtectedModel.findById('c-1').lean())?.attributes).to.deep.equal(record('c-1').protected);
    expect(await CandidateIdentityModel.findById('c-1').lean()).to.include({ givenName: 'Andreea', email: 'andreea@example.org' });
    expect(await ConsentModel.countDocuments({ candidateId: 'c-1' })).to.equal(1);
  });

  it('when the identity is read or replaced, then it comes from its own store', async () => {
    await api.send('post', '/api/v1/candidates').send(registration('c-1'));
    expect((await api.send('get', '/api/v1/candidates/c-1/identity')).body).to.deep.include({ familyName: 'Stan' });
    const put = await api.send('put', '/api/v1/candidates/c-1/identity').send({ givenName: 'Ana' });
    expect(put.status).to.equal(200);
    expect(await CandidateIdentityModel.findById('c-1').lean()).to.include({ givenName: 'Ana' }).and.not.have.property('email');
    expect((await api.send('put', '/api/v1/candidates/c-1/identity').send({ email: 'not-an-email' })).status).to.equal(400);
  });

  it('when the same candidate id is registered twice, then the second gets 409 and nothing changes', async () => {
    await api.send('post', '/api/v1/candidates').send(registration('c-1'));
    const before = await snapshot();
    const res = await api.send('post', '/api/v1/candidates').send(registration('c-1', { identity: { givenName: 'Other' } }));
    expect(res.status).to.equal(409);
    expect(res.body.error).to.include({ code: 'CONFLICT', reason: 'DUPLICATE_CANDIDATE' });
    expect(await snapshot()).to.deep.equal(before);
  });

  it('when the body has unknown fields, wrong types, $ keys or unknown codes, then 400 and nothing is written', async () => {
    const bad = [
      registration('c-1', { nickname: 'x' }),
      registration('c-1', { candidate: record('c-1', { mobilityKm: 'far' }) }),
      registration('c-1', { candidate: record('c-1', { extra: { $where: 'x' } }) }),
      registration('c-1', { candidate: record('c-1', { workAuthorisation: { status: 'permit', permitReason: 'XXXXX' } }) }),
      registration('c-1', { candidate: record('c-1', { location: { comune: 'Gotham' } }) }),
      registration('c-1', { candidate: record('c 1') }),
      registration('c-1', { consents: [{ purpose: 'marketing', date: '2026-01-01', recordedBy: 'x' }] }),
    ];
    for (const body of bad) {
      const res = await api.send('post', '/api/v1/candidates').send(body);
      expect(res.status, JSON.stringify(res.body)).to.equal(400);
      expect(res.body.error.issues.length).to.be.greaterThan(0);
    }
    expect(await snapshot()).to.deep.equal({ profiles: [], identities: [], protected: [] });
    expect(await ConsentModel.countDocuments()).to.equal(0);
  });

  it('when ids are malformed or unknown, then the answers are 400 and 404', async () => {
    expect((await api.send('get', '/api/v1/candidates/bad%20id')).status).to.equal(400);
    const missing = await api.send('get', '/api/v1/candidates/nobody');
    expect(missing.status).to.equal(404);
    expect(missing.body.error.code).to.equal('NOT_FOUND');
    expect((await api.send('delete', '/api/v1/candidates/nobody')).status).to.equal(404);
  });

  it('when a record is replaced or patched, then protected data follows it and the id must not change', async () => {
    await api.send('post', '/api/v1/candidates').send(registration('c-1'));
    const { protected: _p, ...withoutProtected } = record('c-1');
    const put = await api.send('put', '/api/v1/candidates/c-1').send(withoutProtected);
    expect(put.status).to.equal(200);
    expect(put.body.record).to.not.have.property('protected');
    expect(await CandidateProtectedModel.countDocuments()).to.equal(0);
    const patch = await api.send('patch', '/api/v1/candidates/c-1').send({ mobilityKm: 25, location: { comune: 'Novara' } });
    expect(patch.body.record.mobilityKm).to.equal(25);
    expect(patch.body.location.provinceAbbrev).to.equal('NO');
    expect((await api.send('put', '/api/v1/candidates/c-1').send(record('c-2'))).status).to.equal(400);
    expect((await api.send('patch', '/api/v1/candidates/c-1').send({ id: 'c-2' })).status).to.equal(400);
  });

  it('when a candidate is deleted, then profile, identity, protected data and consents are erased', async () => {
    await api.send('post', '/api/v1/candidates').send(registration('c-1'));
    await api.send('post', '/api/v1/candidates').send(registration('c-2'));
    const removed: string[] = [];
    const stop = ctx.services.events.on('candidate.removed', (e) => removed.push(e.id));
    const res = await api.send('delete', '/api/v1/candidates/c-1');
    stop();
    expect(res.status).to.equal(200);
    expect(removed).to.deep.equal(['c-1']);
    const left = await snapshot();
    expect(left.profiles.map((p) => p._id)).to.deep.equal(['c-2']);
    expect(left.identities.map((p) => p._id)).to.deep.equal(['c-2']);
    expect(left.protected.map((p) => p._id)).to.deep.equal(['c-2']);
    expect(await ConsentModel.countDocuments({ candidateId: 'c-1' })).to.equal(0);
    expect((await api.send('get', '/api/v1/candidates/c-1')).status).to.equal(404);
  });

  it('when candidates are listed by province and occupation, then pages follow the cursor and omit protected data', async () => {
    for (let i = 0; i < 4; i += 1) {
      const candidate = record(`c-${i}`, { location: { comune: i < 3 ? 'Torino' : 'Novara' } });
      await api.send('post', '/api/v1/candidates').send({ ...registration(`c-${i}`), candidate });
    }
    const first = await api.send('get', '/api/v1/candidates').query({ province: 'TO', occupation, limit: '2' });
    expect(first.status).to.equal(200);
    expect(first.body.items).to.have.length(2);
    expect(first.body.items[0].record).to.not.have.property('protected');
    const second = await api.send('get', '/api/v1/candidates').query({ province: 'TO', occupation, limit: '2', cursor: first.body.nextCursor });
    expect(second.body.items.map((c: { id: string }) => c.id)).to.have.length(1);
    expect(second.body.nextCursor).to.equal(null);
    expect((await api.send('get', '/api/v1/candidates').query({ centre: 'cpi-torino' })).body.items).to.have.length(4);
    expect((await api.send('get', '/api/v1/candidates').query({ nationality: 'RO' })).status).to.equal(400);
  });
});
