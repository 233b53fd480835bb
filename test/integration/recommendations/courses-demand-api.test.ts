import { expect } from 'chai';
import request from 'supertest';
import { createTestApp, type TestContext } from '../../support/test-app.js';
import { loginDemo, seedTestAccounts, withCredentials, type SignedIn } from '../../support/auth.js';
import { countCourses } from '../../../src/modules/training/course.repository.js';
import { CourseService } from '../../../src/modules/training/course.service.js';
import { seedDemoCourses } from '../../../src/modules/training/demo-courses.seed.js';
import { loadTaxonomy } from '../../../src/modules/taxonomy/taxonomy.loader.js';
import { FeedAddressGuard } from '../../../src/modules/ingestion/fetch/feed-address-guard.js';
import { clearDatabase, testLogger } from '../../support/test-database.js';

const skill = 'http://data.europa.eu/esco/skill/5e433def-210d-4dfa-bf07-dbf6d04e0eaa';
const course = {
  id: 'test-course-1', provider: 'Agenzia Test', title: 'Gestione dei rifiuti', kind: 'vocational', skills: [skill],
  location: { comune: 'Torino' }, startDate: '2027-01-10', endDate: '2027-02-20', hours: 60, language: 'it',
  minItalianLevel: 'A2', seats: 12, costEur: 0, funding: 'GOL',
};

describe('courses, demand and recommendations API', () => {
  let ctx: TestContext;
  let admin: SignedIn;
  let staff: SignedIn;
  before(async () => {
    ctx = await createTestApp();
    await clearDatabase();
    await seedTestAccounts(ctx.services);
    admin = await loginDemo(ctx.app, 'admin@demo.prima');
    staff = await loginDemo(ctx.app, 'staff.torino@demo.prima');
  });

  it('when a valid course is posted, then it is stored with its place resolved and can be read back', async () => {
    const created = await withCredentials(request(ctx.app).post('/api/v1/courses'), admin).send(course);
    expect(created.status).to.equal(201);
    expect(created.body.place).to.include({ istat: '001272', province: 'TO' });
    const read = await withCredentials(request(ctx.app).get('/api/v1/courses/test-course-1'), staff);
    expect(read.status).to.equal(200);
    expect(read.body).to.include({ title: 'Gestione dei rifiuti', funding: 'GOL' });
  });

  it('when a course has an unknown key, an unknown skill or ends before it starts, then the answer is 400 and nothing is stored', async () => {
    const before = await countCourses();
    const bad = [
      { ...course, id: 'bad-1', colour: 'red' },
      { ...course, id: 'bad-2', skills: ['http://data.europa.eu/esco/skill/not-a-skill'] },
      { ...course, id: 'bad-3', endDate: '2026-01-01' },
      { ...course, id: 'bad-4', location: { comune: 'Nowhere-on-Po' } },
    ];
    for (const body of bad) {
      const res = await withCredentials(request(ctx.app).post('/api/v1/courses'), admin).send(body);
      expect(res.status, body.id).to.equal(400);
      expect(res.body.error.issues.length, body.id).to.be.greaterThan(0);
    }
    expect(await countCourses()).to.equal(before);
  });

  it('when a CSV import has one bad row, then the whole file is refused; a clean file is imported', async () => {
    const header = 'id,provider,title,kind,skills,comune,online,startDate,endDate,hours,language,seats,funding';
    const good = `csv-1,Ente,Pulizie,vocational,${skill},Cuneo,,2027-01-05,2027-02-05,40,it,10,FSE+`;
    const badRow = 'csv-2,Ente,Pulizie,vocational,,,,2027-01-05,2027-02-05,40,it,10,FSE+';
    const before = await countCourses();
    const refused = await withCredentials(request(ctx.app).post('/api/v1/courses/import'), admin).send({ format: 'csv', content: [header, good, badRow].join('\n') });
    expect(refused.status).to.equal(400);
    expect(await countCourses()).to.equal(before);
    const accepted = await withCredentials(request(ctx.app).post('/api/v1/courses/import'), admin).send({ format: 'csv', content: [header, good].join('\n') });
    expect(accepted.status).to.equal(200);
    expect(accepted.body.imported).to.equal(1);
    expect(await countCourses()).to.equal(before + 1);
  });

  it('when a course is replaced and deleted, then the catalogue follows', async () => {
    const { id: _id, ...body } = course;
    const replaced = await withCredentials(request(ctx.app).put('/api/v1/courses/test-course-1'), admin).send({ ...body, seats: 3 });
    expect(replaced.status).to.equal(200);
    expect(replaced.body.seats).to.equal(3);
    expect((await withCredentials(request(ctx.app).delete('/api/v1/courses/test-course-1'), admin)).status).to.equal(204);
    expect((await withCredentials(request(ctx.app).get('/api/v1/courses/test-course-1'), admin)).status).to.equal(404);
  });

  it('when the demo catalogue is seeded twice, then its courses are stored once and the in-memory catalogues are told after each load', async () => {
    let told = 0;
    const courses = new CourseService({ reference: ctx.services.reference, taxonomy: loadTaxonomy(), logger: testLogger, feedGuard: new FeedAddressGuard(), onChange: () => (told += 1) });
    const before = await countCourses();
    const seeded = await seedDemoCourses(courses, ctx.services.reference, testLogger);
    expect(seeded).to.equal(284);
    expect(told).to.equal(1);
    expect(await countCourses()).to.equal(before + 284);
    expect(await seedDemoCourses(courses, ctx.services.reference, testLogger)).to.equal(284);
    expect(told).to.equal(2);
    expect(await countCourses()).to.equal(before + 284);
  });

  it('when the demand query is malformed, then the answer is 400 with the field named', async () => {
    const res = await withCredentials(request(ctx.app).get('/api/v1/demand'), staff).query({ province: 'Torino' });
    expect(res.status).to.equal(400);
    expect(res.body.error.issues[0].path).to.equal('province');
    const unknown = await withCredentials(request(ctx.app).get('/api/v1/demand/employers-to-contact'), staff).query({ province: 'TO', extra: '1' });
    expect(unknown.status).to.equal(400);
  });

  it('when a province has no vacancies, then demand answers 404; an unknown candidate gets 404 too', async () => {
    expect((await withCredentials(request(ctx.app).get('/api/v1/demand'), staff).query({ province: 'TO' })).status).to.equal(404);
    expect((await withCredentials(request(ctx.app).get('/api/v1/candidates/nobody/recommendations'), staff)).status).to.equal(404);
  });
});
