import { expect } from 'chai';
import request from 'supertest';
import { createTestApp, type TestContext } from '../../support/test-app.js';
import { clearDatabase } from '../../support/test-database.js';
import { loginDemo, seedTestAccounts, withCredentials, type SignedIn } from '../../support/auth.js';

const vacancy = (id: string, employerId: string) => ({ id, title: 'Aiuto cuoco', employer: { id: employerId } });

describe('employers see only their own vacancies', () => {
  let ctx: TestContext;
  let employer: SignedIn;
  let staff: SignedIn;
  let othersVacancyId: string;

  before(async () => {
    ctx = await createTestApp();
    await clearDatabase();
    await seedTestAccounts(ctx.services);
    await ctx.services.employers.createEmployer({ id: 'demo-emp-0001', name: 'La Pergola', taxCode: '24418580015', ateco: '87.30.00', sites: [] });
    await ctx.services.employers.createEmployer({ id: 'demo-emp-0002', name: 'La Collina', taxCode: '47099860034', ateco: '56.10.11', sites: [] });
    employer = await loginDemo(ctx.app, 'employer@demo.prima');
    staff = await loginDemo(ctx.app, 'staff.torino@demo.prima');
    const other = await withCredentials(request(ctx.app).post('/api/v1/vacancies'), staff).send(vacancy('v-other', 'demo-emp-0002'));
    expect(other.status).to.equal(201);
    othersVacancyId = other.body.id;
  });

  it('when an employer publishes for itself, then it may; for another employer or none, it may not', async () => {
    expect((await withCredentials(request(ctx.app).post('/api/v1/vacancies'), employer).send(vacancy('v-own', 'demo-emp-0001'))).status).to.equal(201);
    expect((await withCredentials(request(ctx.app).post('/api/v1/vacancies'), employer).send(vacancy('v-x', 'demo-emp-0002'))).status).to.equal(403);
    expect((await withCredentials(request(ctx.app).post('/api/v1/vacancies'), employer).send({ id: 'v-y', title: 'Senza datore' })).status).to.equal(403);
  });

  it('when an employer reads, edits or closes another employer\'s vacancy, then it is refused', async () => {
    const path = `/api/v1/vacancies/${othersVacancyId}`;
    expect((await withCredentials(request(ctx.app).get(path), employer)).status).to.equal(403);
    expect((await withCredentials(request(ctx.app).patch(path), employer).send({ title: 'Preso' })).status).to.equal(403);
    expect((await withCredentials(request(ctx.app).put(path), employer).send(vacancy('v-other', 'demo-emp-0001'))).status).to.equal(403);
    expect((await withCredentials(request(ctx.app).delete(path), employer)).status).to.equal(403);
    expect((await withCredentials(request(ctx.app).get(path), staff)).status).to.equal(200);
  });

  it('when an employer lists vacancies, then only its own come back, whatever filter it asks for', async () => {
    const own = await withCredentials(request(ctx.app).get('/api/v1/vacancies'), employer);
    const asked = await withCredentials(request(ctx.app).get('/api/v1/vacancies?employer=demo-emp-0002'), employer);
    for (const res of [own, asked]) {
      expect(res.status).to.equal(200);
      const ids = JSON.stringify(res.body);
      expect(ids).to.contain('demo-emp-0001');
      expect(ids).not.to.contain('demo-emp-0002');
    }
  });
});
