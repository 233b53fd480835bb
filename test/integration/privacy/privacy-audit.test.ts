import { expect } from 'chai';
import request from 'supertest';
import mongoose from 'mongoose';
import { createTestApp, type TestContext } from '../../support/test-app.js';
import { clearDatabase } from '../../support/test-database.js';
import { loginDemo, seedTestAccounts, withCredentials, type SignedIn } from '../../support/auth.js';
import { fixtureCollection, insertFixtureCandidate, registerCandidateFixture } from '../../support/candidate-fixture.js';
import { enforceRetention } from '../../../src/modules/privacy/retention.job.js';

const person = { givenName: 'Amina', familyName: 'Okonkwo-Testperson', email: 'amina.okonkwo@example.org' };

describe('privacy and audit', () => {
  let ctx: TestContext;
  let torino: SignedIn;
  let novara: SignedIn;
  let admin: SignedIn;
  const removed: string[] = [];

  before(async () => {
    ctx = await createTestApp();
    await clearDatabase();
    await seedTestAccounts(ctx.services);
    registerCandidateFixture(ctx.services);
    ctx.services.events.on('candidate.removed', ({ id }) => void removed.push(id));
    await insertFixtureCandidate({ _id: 'cand-t1', centreId: 'cpi-torino', identity: person, protected: { nationality: 'NG' } });
    torino = await loginDemo(ctx.app, 'staff.torino@demo.prima');
    novara = await loginDemo(ctx.app, 'staff.novara@demo.prima');
    admin = await loginDemo(ctx.app, 'admin@demo.prima');
  });

  const call = (who: SignedIn, method: 'get' | 'post' | 'put' | 'patch' | 'delete', path: string) => withCredentials(request(ctx.app)[method](`/api/v1${path}`), who);

  it('when staff of another centre ask without sharing consent, then they are refused; the own centre is served', async () => {
    expect((await call(novara, 'get', '/candidates/cand-t1/consents')).status).to.equal(403);
    expect((await call(torino, 'get', '/candidates/cand-t1/consents')).status).to.equal(200);
    expect((await call(torino, 'get', '/candidates/nobody/consents')).status).to.equal(404);
  });

  it('when the candidate consents to sharing, then the other centre may read but still not manage; withdrawal ends it', async () => {
    const granted = await call(torino, 'post', '/candidates/cand-t1/consents').send({ purpose: 'share-with-other-centres' });
    expect(granted.status).to.equal(201);
    expect(granted.body.recordedBy).to.match(/^cpi-torino\//);
    expect((await call(novara, 'get', '/candidates/cand-t1/consents')).status).to.equal(200);
    expect((await call(novara, 'post', '/candidates/cand-t1/consents').send({ purpose: 'matching' })).status).to.equal(403);
    const withdrawn = await call(torino, 'post', `/candidates/cand-t1/consents/${granted.body.id as string}/withdraw`);
    expect(withdrawn.body.withdrawnAt).to.be.a('string');
    expect((await call(novara, 'get', '/candidates/cand-t1/consents')).status).to.equal(403);
  });

  it('when an introduction consent names no employer, then it is rejected', async () => {
    expect((await call(torino, 'post', '/candidates/cand-t1/consents').send({ purpose: 'introduction' })).status).to.equal(400);
  });

  it('when the own centre exports the candidate, then every module\'s data and the access log come back', async () => {
    const res = await call(torino, 'get', '/candidates/cand-t1/export');
    expect(res.status).to.equal(200);
    expect(res.body.data.candidate.identity.familyName).to.equal(person.familyName);
    expect(res.body.data.consents).to.have.length(1);
    expect(res.body.accessLog.map((e: { action: string }) => e.action)).to.include.members(['consent.record', 'consent.withdraw']);
    expect((await call(novara, 'get', '/candidates/cand-t1/export')).status).to.equal(403);
  });

  it('when an admin queries the audit log by candidate and by user, then entries say who, what, when and route', async () => {
    const byCandidate = await call(admin, 'get', '/audit?candidateId=cand-t1');
    expect(byCandidate.status).to.equal(200);
    const entry = byCandidate.body.entries.find((e: { action: string }) => e.action === 'consent.record');
    expect(entry).to.include({ route: 'POST /api/v1/candidates/:id/consents' });
    expect(entry.actor.roles).to.deep.equal(['staff']);
    expect(entry.at).to.be.a('string');
    expect(JSON.stringify(byCandidate.body)).not.to.contain('cand-t1');
    const byUser = await call(admin, 'get', `/audit?userId=${entry.actor.id as string}`);
    expect(byUser.body.entries.every((e: { actor: { id: string } }) => e.actor.id === entry.actor.id)).to.equal(true);
    expect((await call(torino, 'get', '/audit?candidateId=cand-t1')).status).to.equal(403);
  });

  it('when anyone tries to edit or delete audit entries, then no route exists for it', async () => {
    const [one] = (await call(admin, 'get', '/audit')).body.entries as { id: string }[];
    for (const method of ['put', 'patch', 'delete'] as const) {
      expect((await call(admin, method, '/audit')).status).to.equal(404);
      expect((await call(admin, method, `/audit/${one!.id}`)).status).to.equal(404);
    }
    expect((await call(admin, 'post', '/audit').send({ action: 'forged' })).status).to.equal(404);
  });

  it('when the candidate is erased, then their data is gone, the event is emitted and the audit keeps only a pseudonym', async () => {
    const res = await call(torino, 'post', '/candidates/cand-t1/erasure').send({ reason: 'candidate asked for erasure' });
    expect(res.status).to.equal(200);
    expect(res.body.removed).to.deep.include({ candidate: 1, consents: 1 });
    expect(removed).to.include('cand-t1');
    expect(await mongoose.connection.collection(fixtureCollection).countDocuments({ _id: 'cand-t1' as never })).to.equal(0);
    const dump = JSON.stringify(await mongoose.connection.collection('audit_log').find({}).toArray());
    expect(dump).not.to.contain('cand-t1');
    expect(dump).not.to.contain(person.familyName);
    const trail = await call(admin, 'get', '/audit?candidateId=cand-t1');
    expect(trail.body.entries.map((e: { action: string }) => e.action)).to.include('candidate.erase');
  });

  it('when the retention job runs, then inactive candidates and old audit entries go and recent ones stay', async () => {
    const longAgo = new Date(Date.now() - 1000 * 24 * 3600 * 1000);
    await insertFixtureCandidate({ _id: 'cand-old', centreId: 'cpi-torino' }, longAgo);
    await insertFixtureCandidate({ _id: 'cand-new', centreId: 'cpi-torino' });
    await mongoose.connection.collection('audit_log').insertOne({ _id: 'ancient' as never, at: longAgo, actor: { id: 'x', kind: 'user', roles: [] }, action: 'candidate.read', route: 'GET /x' });
    const summary = await enforceRetention({ privacy: ctx.services.privacy, audit: ctx.services.audit, logger: ctx.services.logger }, { candidateDays: 730, auditDays: 900 });
    expect(summary).to.include({ candidatesErased: 1, auditPurged: 1 });
    const left = await mongoose.connection.collection(fixtureCollection).find({}).toArray();
    expect(left.map((d) => d._id)).to.deep.equal(['cand-new']);
  });
});
