import { expect } from 'chai';
import { createTestApp, type TestContext } from '../../support/test-app.js';
import { clearDomainCollections, signInIntegration, type DomainClient } from '../../support/domain-client.js';
import { VacancyModel } from '../../../src/modules/vacancies/vacancy.model.js';

const occupation = 'http://data.europa.eu/esco/occupation/f756fdab-7726-4c48-bfcc-94ff8810fc08';
const vacancy = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: 'Addetto/a al lavaggio stoviglie',
  lang: 'it',
  occupation,
  skills: [{ uri: 'http://data.europa.eu/esco/skill/9ccd8da7-733b-4aff-a49f-94c390aeb618', essential: true }],
  location: { comune: 'Novara' },
  languages: [{ lang: 'it', level: 'A2' }],
  validFrom: '2026-12-01',
  validThrough: '2027-03-01',
  ...extra,
});
const stored = () => VacancyModel.find().sort({ _id: 1 }).lean();

describe('vacancies API', () => {
  let ctx: TestContext;
  let api: DomainClient;
  before(async () => {
    ctx = await createTestApp();
    api = await signInIntegration(ctx);
  });
  beforeEach(clearDomainCollections);

  it('when a valid record is posted, then it is open, keyed by source api and its location is resolved', async () => {
    const saved: string[] = [];
    const stop = ctx.services.events.on('vacancy.saved', ({ id }) => saved.push(id));
    const res = await api.send('post', '/api/v1/vacancies').send(vacancy('v-1'));
    stop();
    expect(res.status).to.equal(201);
    expect(res.body).to.include({ source: 'api', externalId: 'v-1', status: 'open' });
    expect(res.body.location).to.include({ istat: '003106', provinceAbbrev: 'NO', regionCode: '01' });
    expect(res.body.record).to.deep.equal(vacancy('v-1'));
    expect(saved).to.deep.equal([res.body.id]);
    expect((await api.send('get', `/api/v1/vacancies/${res.body.id}`)).body).to.deep.equal(res.body);
  });

  it('when an invalid vacancy is posted, then the answer is 400 with field errors and the count is unchanged', async () => {
    await api.send('post', '/api/v1/vacancies').send(vacancy('v-1'));
    const before = await stored();
    const res = await api.send('post', '/api/v1/vacancies').send({ ...vacancy('v-2'), title: 7, salary: 'high', validThrough: '2026-01-01' });
    expect(res.status).to.equal(400);
    const paths = res.body.error.issues.map((i: { path: string }) => i.path);
    expect(paths).to.include.members(['title', 'salary']);
    expect(await stored()).to.deep.equal(before);
  });

  it('when the same record id is posted twice, then the second gets 409 and the first is unchanged', async () => {
    await api.send('post', '/api/v1/vacancies').send(vacancy('v-1'));
    const before = await stored();
    const res = await api.send('post', '/api/v1/vacancies').send(vacancy('v-1', { title: 'Altro' }));
    expect(res.status).to.equal(409);
    expect(res.body.error).to.include({ code: 'CONFLICT', reason: 'DUPLICATE_VACANCY' });
    expect(await stored()).to.deep.equal(before);
  });

  it('when $ keys, unknown comuni or unknown employers are sent, then the answer is 400 and nothing is written', async () => {
    const operator = await api.send('post', '/api/v1/vacancies').send(vacancy('v-1', { extra: { $set: { status: 'open' } } }));
    expect(operator.status).to.equal(400);
    const comune = await api.send('post', '/api/v1/vacancies').send(vacancy('v-1', { location: { comune: 'Gotham' } }));
    expect(comune.body.error.issues[0].path).to.equal('location.comune');
    const employer = await api.send('post', '/api/v1/vacancies').send(vacancy('v-1', { employer: { id: 'ghost' } }));
    expect(employer.body.error.issues[0].path).to.equal('employer.id');
    expect(await VacancyModel.countDocuments()).to.equal(0);
  });

  it('when the body is larger than the limit, then the answer is 413 and nothing is written', async () => {
    const res = await api.send('post', '/api/v1/vacancies').send(vacancy('v-1', { description: 'x'.repeat(70_000) }));
    expect(res.status).to.equal(413);
    expect(await VacancyModel.countDocuments()).to.equal(0);
  });

  it('when ids are malformed or unknown, then the answers are 400 and 404', async () => {
    expect((await api.send('get', '/api/v1/vacancies/not-an-id')).status).to.equal(400);
    const missing = await api.send('get', '/api/v1/vacancies/0123456789abcdef01234567');
    expect(missing.status).to.equal(404);
    expect(missing.body.error.code).to.equal('NOT_FOUND');
  });

  it('when a draft is opened, filled, and then reopened, then the last step is 409 INVALID_STATE and nothing changes', async () => {
    const created = await api.send('post', '/api/v1/vacancies').query({ status: 'draft' }).send(vacancy('v-1'));
    expect(created.body.status).to.equal('draft');
    const id = created.body.id as string;
    expect((await api.send('patch', `/api/v1/vacancies/${id}`).send({ status: 'open' })).body.status).to.equal('open');
    expect((await api.send('patch', `/api/v1/vacancies/${id}`).send({ status: 'filled' })).body.status).to.equal('filled');
    const before = await stored();
    const reopen = await api.send('patch', `/api/v1/vacancies/${id}`).send({ status: 'open' });
    expect(reopen.status).to.equal(409);
    expect(reopen.body.error).to.include({ code: 'INVALID_STATE', from: 'filled', to: 'open' });
    const edit = await api.send('put', `/api/v1/vacancies/${id}`).send(vacancy('v-1', { title: 'Nuovo' }));
    expect(edit.status).to.equal(409);
    expect(await stored()).to.deep.equal(before);
  });

  it('when a vacancy is deleted, then it is closed and kept, and vacancy.removed is announced', async () => {
    const id = (await api.send('post', '/api/v1/vacancies').send(vacancy('v-1'))).body.id as string;
    const removed: string[] = [];
    const stop = ctx.services.events.on('vacancy.removed', (e) => removed.push(e.id));
    const res = await api.send('delete', `/api/v1/vacancies/${id}`);
    stop();
    expect(res.status).to.equal(200);
    expect(res.body.status).to.equal('closed');
    expect(removed).to.deep.equal([id]);
    expect(await VacancyModel.countDocuments({ status: 'closed' })).to.equal(1);
  });

  it('when a record is replaced or patched, then derived fields follow and the id must not change', async () => {
    const id = (await api.send('post', '/api/v1/vacancies').send(vacancy('v-1'))).body.id as string;
    const put = await api.send('put', `/api/v1/vacancies/${id}`).send(vacancy('v-1', { location: { comune: '001272' } }));
    expect(put.body.location.provinceAbbrev).to.equal('TO');
    const patch = await api.send('patch', `/api/v1/vacancies/${id}`).send({ title: 'Lavapiatti', location: { remote: true } });
    expect(patch.body.record.title).to.equal('Lavapiatti');
    expect(patch.body.location).to.deep.equal({ remote: true });
    const renamed = await api.send('put', `/api/v1/vacancies/${id}`).send(vacancy('v-9'));
    expect(renamed.status).to.equal(400);
    const crossField = await api.send('patch', `/api/v1/vacancies/${id}`).send({ validThrough: '2026-01-01' });
    expect(crossField.status).to.equal(400);
    expect(crossField.body.error.issues[0].path).to.equal('validThrough');
  });

  it('when vacancies are listed with filters and a small limit, then pages are complete and disjoint', async () => {
    for (let i = 0; i < 5; i += 1) {
      const location = { comune: i % 2 === 0 ? 'Torino' : 'Novara' };
      await api.send('post', '/api/v1/vacancies').send(vacancy(`v-${i}`, { location, ...(i === 4 ? { occupation: undefined } : {}) }));
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await api.send('get', '/api/v1/vacancies').query({ province: 'TO', limit: '2', ...(cursor ? { cursor } : {}) });
      expect(page.status).to.equal(200);
      seen.push(...page.body.items.map((v: { externalId: string }) => v.externalId));
      cursor = page.body.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).to.have.members(['v-0', 'v-2', 'v-4']);
    const byOccupation = await api.send('get', '/api/v1/vacancies').query({ occupation, status: 'open' });
    expect(byOccupation.body.items).to.have.length(4);
    expect((await api.send('get', '/api/v1/vacancies').query({ status: 'archived' })).status).to.equal(400);
    expect((await api.send('get', '/api/v1/vacancies').query({ sort: 'title' })).status).to.equal(400);
  });
});
