import { expect } from 'chai';
import request from 'supertest';
import { createTestApp, type TestContext } from '../../support/test-app.js';
import { clearDatabase } from '../../support/test-database.js';
import { loginDemo, seedTestAccounts, withCredentials, type SignedIn } from '../../support/auth.js';

const cook = 'http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e';
const identity = { givenName: 'Moussa', familyName: 'Shortlistov', email: 'moussa.shortlist@example.org' };
const registration = (id: string, purposes: string[]) => ({
  candidate: {
    id, summary: 'I worked as a cook for years.', lang: 'en', experiences: [{ title: 'cook', years: 4 }],
    languages: [{ lang: 'it', level: 'B1' }], location: { comune: 'Moncalieri' }, mobilityKm: 30,
    workAuthorisation: { status: 'permit', permitReason: 'LAVOR', validUntil: '2099-06-30' },
    protected: { nationality: 'SN', gender: 'male', birthYear: 1990 },
  },
  identity,
  consents: purposes.map((purpose) => ({ purpose, date: '2026-04-20', recordedBy: 'cpi-torino/operatore-1' })),
});

async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 50; i += 1) {
    const value = await read();
    if (ok(value)) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  return read();
}

describe('shortlists by role and consent', function () {
  this.timeout(300_000);
  let ctx: TestContext;
  let staff: SignedIn;
  let employer: SignedIn;
  let novara: SignedIn;
  let vacancyId: string;
  const matches = (who: SignedIn) => withCredentials(request(ctx.app).get(`/api/v1/vacancies/${vacancyId}/matches`), who);

  before(async () => {
    ctx = await createTestApp();
    await clearDatabase();
    await seedTestAccounts(ctx.services);
    await ctx.services.employers.createEmployer({ id: 'demo-emp-0001', name: 'La Pergola', taxCode: '24418580015', ateco: '87.30.00', sites: [] });
    await ctx.services.matching.ready();
    staff = await loginDemo(ctx.app, 'staff.torino@demo.prima');
    employer = await loginDemo(ctx.app, 'employer@demo.prima');
    novara = await loginDemo(ctx.app, 'staff.novara@demo.prima');
    const created = await withCredentials(request(ctx.app).post('/api/v1/vacancies'), employer).send({
      id: 'v-cook', title: 'Cuoco', description: 'Ristorante cerca cuoco per la linea calda.', lang: 'it', occupation: cook,
      location: { comune: 'Torino' }, languages: [{ lang: 'it', level: 'A2' }], validFrom: '2026-01-01', validThrough: '2099-12-31', employer: { id: 'demo-emp-0001' },
    });
    vacancyId = created.body.id;
    await withCredentials(request(ctx.app).post('/api/v1/candidates'), staff).send(registration('sl-shared', ['matching', 'share-profile-with-employers'])).expect(201);
    await withCredentials(request(ctx.app).post('/api/v1/candidates'), staff).send(registration('sl-private', ['matching'])).expect(201);
    await eventually(() => matches(staff), (r) => r.body.matches?.length >= 2);
  });

  it('when the own centre looks at the shortlist, then both candidates are there by id', async () => {
    const ids = (await matches(staff)).body.matches.map((m: { candidateId: string }) => m.candidateId);
    expect(ids).to.include.members(['sl-shared', 'sl-private']);
  });

  it('when the employer looks, then only the consenting candidate shows, pseudonymously', async () => {
    const res = await matches(employer);
    expect(res.status).to.equal(200);
    expect(res.body.matches).to.have.length(1);
    const [row] = res.body.matches;
    expect(row.ref).to.match(/^[0-9a-f]{32}$/);
    expect(row).not.to.have.any.keys('candidateId', 'reasons', 'ineligibleReasons', 'distanceKm');
    const text = JSON.stringify(res.body);
    for (const value of ['sl-shared', 'sl-private', ...Object.values(identity), 'SN', 'permit']) expect(text).not.to.contain(value);
  });

  it('when the fairness report runs over the stored data, then it counts every candidate and suppresses small groups', async () => {
    const admin = await loginDemo(ctx.app, 'admin@demo.prima');
    const res = await withCredentials(request(ctx.app).get('/api/v1/audit/fairness'), admin);
    expect(res.status).to.equal(200);
    expect(res.body.candidates).to.equal(2);
    const gender = res.body.attributes.find((a: { attribute: string }) => a.attribute === 'gender');
    expect(gender).to.deep.include({ groups: [], suppressedCandidates: 2 });
  });

  it('when staff of another centre look at the shortlist, then they see none of these candidates', async () => {
    expect((await matches(novara)).body.matches).to.deep.equal([]);
  });

  it('when another centre reads a vacancy\'s decision history, then decisions about these candidates are left out', async () => {
    const decide = withCredentials(request(ctx.app).post('/api/v1/matches/decisions'), staff);
    await decide.send({ candidateId: 'sl-shared', vacancyId, status: 'rejected', reason: 'needs a forklift licence' }).expect(201);
    const own = await withCredentials(request(ctx.app).get(`/api/v1/matches/decisions?vacancyId=${vacancyId}`), staff);
    expect(own.body.items).to.have.length(1);
    const other = await withCredentials(request(ctx.app).get(`/api/v1/matches/decisions?vacancyId=${vacancyId}`), novara);
    expect(other.body.items).to.deep.equal([]);
  });
});
