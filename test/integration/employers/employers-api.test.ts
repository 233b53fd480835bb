import { expect } from 'chai';
import { createTestApp } from '../../support/test-app.js';
import { clearDomainCollections, signInIntegration, type DomainClient } from '../../support/domain-client.js';
import { EmployerModel } from '../../../src/modules/employers/employer.model.js';

const trattoria = { name: 'Trattoria Da Gino', taxCode: '00743110157', ateco: '56.10.11', sites: [{ name: 'Sala', comune: 'Torino' }] };
const storedEmployers = () => EmployerModel.find().sort({ _id: 1 }).lean();

describe('employers API', () => {
  let api: DomainClient;
  before(async () => {
    api = await signInIntegration(await createTestApp());
  });
  beforeEach(clearDomainCollections);

  it('when a valid employer is posted, then it is stored with its sites resolved to comuni', async () => {
    const res = await api.send('post', '/api/v1/employers').send(trattoria);
    expect(res.status).to.equal(201);
    expect(res.body).to.include({ name: 'Trattoria Da Gino', taxCode: '00743110157', taxCodeKind: 'company', ateco: '56.10.11' });
    expect(res.body.sites[0].comune).to.include({ istat: '001272', provinceAbbrev: 'TO', regionCode: '01' });
    const read = await api.send('get', `/api/v1/employers/${res.body.id}`);
    expect(read.status).to.equal(200);
    expect(read.body).to.deep.equal(res.body);
  });

  it('when the tax code has a wrong check digit, then the answer is 400 and nothing is stored', async () => {
    const res = await api.send('post', '/api/v1/employers').send({ ...trattoria, taxCode: '00743110158' });
    expect(res.status).to.equal(400);
    expect(res.body.error.issues[0].path).to.equal('taxCode');
    expect(await EmployerModel.countDocuments()).to.equal(0);
  });

  it('when the ATECO code or a comune is unknown, then the answer is 400 naming the field', async () => {
    const ateco = await api.send('post', '/api/v1/employers').send({ ...trattoria, ateco: '99.99.99' });
    expect(ateco.body.error.issues[0].path).to.equal('ateco');
    const comune = await api.send('post', '/api/v1/employers').send({ ...trattoria, sites: [{ comune: 'Atlantide' }] });
    expect(comune.status).to.equal(400);
    expect(comune.body.error.issues[0].path).to.equal('sites.0.comune');
    expect(await EmployerModel.countDocuments()).to.equal(0);
  });

  it('when a second employer has the same tax code, then the answer is 409 and the first is unchanged', async () => {
    await api.send('post', '/api/v1/employers').send(trattoria);
    const before = await storedEmployers();
    const res = await api.send('post', '/api/v1/employers').send({ ...trattoria, name: 'Altro nome', taxCode: 'IT00743110157' });
    expect(res.status).to.equal(409);
    expect(res.body.error).to.include({ code: 'CONFLICT', reason: 'DUPLICATE_EMPLOYER' });
    expect(await storedEmployers()).to.deep.equal(before);
  });

  it('when unknown fields, wrong types or $ keys are sent, then the answer is 400 and nothing changes', async () => {
    const created = await api.send('post', '/api/v1/employers').send({ ...trattoria, id: 'emp-1' });
    const before = await storedEmployers();
    const unknown = await api.send('put', '/api/v1/employers/emp-1').send({ ...trattoria, website: 'x' });
    expect(unknown.status).to.equal(400);
    expect(unknown.body.error.issues).to.deep.include({ path: 'website', message: 'unknown field' });
    const wrongType = await api.send('patch', '/api/v1/employers/emp-1').send({ name: 42 });
    expect(wrongType.status).to.equal(400);
    const operator = await api.send('patch', '/api/v1/employers/emp-1').send({ name: { $gt: '' } });
    expect(operator.status).to.equal(400);
    expect(created.status).to.equal(201);
    expect(await storedEmployers()).to.deep.equal(before);
  });

  it('when an id is malformed or unknown, then the answers are 400 and 404', async () => {
    expect((await api.send('get', '/api/v1/employers/bad%20id!')).status).to.equal(400);
    const missing = await api.send('get', '/api/v1/employers/nobody');
    expect(missing.status).to.equal(404);
    expect(missing.body.error.code).to.equal('NOT_FOUND');
  });

  it('when an employer is replaced or patched, then the stored record changes accordingly', async () => {
    await api.send('post', '/api/v1/employers').send({ ...trattoria, id: 'emp-1' });
    const put = await api.send('put', '/api/v1/employers/emp-1').send({ ...trattoria, name: 'Trattoria Nuova', sites: [{ comune: '003106' }] });
    expect(put.status).to.equal(200);
    expect(put.body.sites[0].comune.name).to.equal('Novara');
    const patch = await api.send('patch', '/api/v1/employers/emp-1').send({ ateco: 'I' });
    expect(patch.body).to.include({ name: 'Trattoria Nuova', ateco: 'I' });
    const mismatch = await api.send('put', '/api/v1/employers/emp-1').send({ ...trattoria, id: 'emp-2' });
    expect(mismatch.status).to.equal(400);
  });

  it('when employers are listed by province with a small limit, then pages follow the cursor to the end', async () => {
    const taxCodes = ['00743110157', '12345678903', '01114601006', '02588350047'];
    for (const [i, taxCode] of taxCodes.entries()) {
      const res = await api.send('post', '/api/v1/employers').send({ ...trattoria, taxCode, sites: [{ comune: i < 3 ? 'Torino' : 'Novara' }] });
      expect(res.status, JSON.stringify(res.body)).to.equal(201);
    }
    const first = await api.send('get', '/api/v1/employers').query({ province: 'to', limit: '2' });
    expect(first.body.items).to.have.length(2);
    const second = await api.send('get', '/api/v1/employers').query({ province: 'TO', limit: '2', cursor: first.body.nextCursor });
    expect(second.body.items, JSON.stringify(second.body)).to.have.length(1);
    expect(second.body.nextCursor).to.equal(null);
    const ids = [...first.body.items, ...second.body.items].map((e: { id: string }) => e.id);
    expect(new Set(ids).size).to.equal(3);
  });

  it('when the cursor or limit is invalid, then the answer is 400', async () => {
    expect((await api.send('get', '/api/v1/employers').query({ cursor: 'garbage' })).status).to.equal(400);
    expect((await api.send('get', '/api/v1/employers').query({ limit: '101' })).status).to.equal(400);
    expect((await api.send('get', '/api/v1/employers').query({ updatedSince: 'yesterday' })).status).to.equal(400);
  });
});

describe('employers API, updatedSince', () => {
  let api: DomainClient;
  before(async () => {
    api = await signInIntegration(await createTestApp());
    await clearDomainCollections();
  });

  it('when updatedSince is after every change, then the list is empty; before them, it lists all', async () => {
    await api.send('post', '/api/v1/employers').send(trattoria);
    const later = await api.send('get', '/api/v1/employers').query({ updatedSince: new Date(Date.now() + 60_000).toISOString() });
    expect(later.body.items).to.have.length(0);
    const earlier = await api.send('get', '/api/v1/employers').query({ updatedSince: '2020-01-01T00:00:00Z' });
    expect(earlier.body.items).to.have.length(1);
  });
});
