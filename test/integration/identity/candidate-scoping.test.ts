import { expect } from 'chai';
import request from 'supertest';
import mongoose from 'mongoose';
import { createTestApp, type TestContext } from '../../support/test-app.js';
import { clearDatabase } from '../../support/test-database.js';
import { loginDemo, seedTestAccounts, withCredentials, type SignedIn } from '../../support/auth.js';
import { demoApiKey } from '../../../src/modules/identity/demo-accounts.js';

const person = { givenName: 'Andreea', familyName: 'Scopetestova', email: 'andreea.scope@example.org', phone: '+39 336 9859114' };
const registration = (id: string) => ({
  candidate: {
    id,
    summary: 'Assistente domiciliare con esperienza',
    lang: 'it',
    languages: [{ lang: 'it', level: 'B1' }],
    location: { comune: 'Torino' },
    protected: { nationality: 'RO', gender: 'female', birthYear: 1980 },
  },
  identity: person,
  consents: [{ purpose: 'matching', date: '2026-04-20', recordedBy: 'cpi-torino/operatore-1' }],
});

describe('candidate access by centre, role and consent', () => {
  let ctx: TestContext;
  let torino: SignedIn;
  let novara: SignedIn;
  let employer: SignedIn;
  let officer: SignedIn;
  let admin: SignedIn;
  const as = (who: SignedIn | string, method: 'get' | 'post' | 'put' | 'patch' | 'delete', path: string) => withCredentials(request(ctx.app)[method](`/api/v1${path}`), who);

  before(async () => {
    ctx = await createTestApp();
    await clearDatabase();
    await seedTestAccounts(ctx.services);
    torino = await loginDemo(ctx.app, 'staff.torino@demo.prima');
    novara = await loginDemo(ctx.app, 'staff.novara@demo.prima');
    employer = await loginDemo(ctx.app, 'employer@demo.prima');
    officer = await loginDemo(ctx.app, 'officer.piemonte@demo.prima');
    admin = await loginDemo(ctx.app, 'admin@demo.prima');
    const created = await as(torino, 'post', '/candidates').send(registration('scope-1'));
    expect(created.status).to.equal(201);
    expect(created.body.centreId).to.equal('cpi-torino');
  });

  it('when staff register a candidate for another centre, then it is refused', async () => {
    const res = await as(torino, 'post', '/candidates').send({ ...registration('scope-2'), centreId: 'cpi-novara' });
    expect(res.status).to.equal(403);
  });

  it('when another centre reads, edits, lists or erases the candidate without consent, then every call is refused', async () => {
    expect((await as(novara, 'get', '/candidates/scope-1')).status).to.equal(403);
    expect((await as(novara, 'get', '/candidates/scope-1/identity')).status).to.equal(403);
    expect((await as(novara, 'patch', '/candidates/scope-1').send({ mobilityKm: 5 })).status).to.equal(403);
    expect((await as(novara, 'delete', '/candidates/scope-1')).status).to.equal(403);
    expect((await as(novara, 'get', '/candidates?centre=cpi-torino')).status).to.equal(403);
    expect((await as(novara, 'get', '/candidates')).body.items).to.deep.equal([]);
  });

  it('when employers, officers, admins or the ingestion key ask for candidates, then they are refused', async () => {
    for (const who of [employer, officer, admin, `Bearer ${demoApiKey.key}`]) {
      expect((await as(who, 'get', '/candidates/scope-1')).status).to.equal(403);
      expect((await as(who, 'get', '/candidates')).status).to.equal(403);
    }
    expect((await request(ctx.app).get('/api/v1/candidates/scope-1')).status).to.equal(401);
  });

  it('when the candidate consents to sharing, then the other centre reads the profile without the protected block', async () => {
    await as(torino, 'post', '/candidates/scope-1/consents').send({ purpose: 'share-with-other-centres' }).expect(201);
    const shared = await as(novara, 'get', '/candidates/scope-1');
    expect(shared.status).to.equal(200);
    expect(shared.body.record).not.to.have.property('protected');
    const own = await as(torino, 'get', '/candidates/scope-1');
    expect(own.body.record.protected).to.include({ nationality: 'RO' });
    expect((await as(novara, 'patch', '/candidates/scope-1').send({ mobilityKm: 5 })).status).to.equal(403);
  });

  it('when the candidate was read, listed and changed, then the audit log has each access with actor and route', async () => {
    await as(torino, 'get', '/candidates').expect(200);
    await as(torino, 'patch', '/candidates/scope-1').send({ mobilityKm: 20 }).expect(200);
    const trail = await as(admin, 'get', '/audit?candidateId=scope-1&limit=500');
    const actions = trail.body.entries.map((e: { action: string }) => e.action);
    expect(actions).to.include.members(['candidate.create', 'candidate.read', 'candidate.list', 'candidate.update']);
    const read = trail.body.entries.find((e: { action: string; details?: { view: string } }) => e.action === 'candidate.read' && e.details?.view === 'shared');
    expect(read.route).to.equal('GET /api/v1/candidates/:id');
  });

  it('when the own centre erases the candidate, then no personal data is left in any collection', async () => {
    await as(torino, 'delete', '/candidates/scope-1').expect(200);
    const db = mongoose.connection.db!;
    const names = (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name);
    const dump = JSON.stringify(await Promise.all(names.map((n) => db.collection(n).find({}).toArray())));
    for (const value of [...Object.values(person), 'scope-1']) expect(dump).not.to.contain(value);
    expect((await as(torino, 'get', '/candidates/scope-1')).status).to.equal(404);
  });
});
