import { expect } from 'chai';
import { createTestApp, type TestContext } from '../../support/test-app.js';
import { clearDomainCollections } from '../../support/domain-client.js';
import { VacancyModel } from '../../../src/modules/vacancies/vacancy.model.js';
import type { VacancyRecord } from '../../../src/modules/vacancies/vacancy.schema.js';

const record: VacancyRecord = { id: 'feed-42', title: 'Magazziniere', location: { comune: 'Asti' }, employer: { id: 'unknown-to-us' } };

describe('vacancy upsert by source key', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestApp();
  });
  beforeEach(clearDomainCollections);

  it('when the same record arrives twice, then it is created once and then left untouched', async () => {
    expect(await ctx.services.vacancies.upsertBySourceKey('feed-a', record)).to.equal('created');
    const first = await VacancyModel.findOne().lean();
    expect(await ctx.services.vacancies.upsertBySourceKey('feed-a', { ...record })).to.equal('unchanged');
    expect(await VacancyModel.findOne().lean()).to.deep.equal(first);
    expect(first?.employerId).to.equal(undefined);
  });

  it('when the content changes, then the same document is updated and its status kept', async () => {
    await ctx.services.vacancies.upsertBySourceKey('feed-a', record, { initialStatus: 'draft' });
    expect(await ctx.services.vacancies.upsertBySourceKey('feed-a', { ...record, title: 'Magazziniere mulettista' })).to.equal('updated');
    const docs = await VacancyModel.find().lean();
    expect(docs).to.have.length(1);
    expect(docs[0]).to.deep.include({ status: 'draft', externalId: 'feed-42' });
    expect((docs[0]?.record as VacancyRecord).title).to.equal('Magazziniere mulettista');
  });

  it('when the caller supplies the content hash, then equality of that hash decides', async () => {
    await ctx.services.vacancies.upsertBySourceKey('feed-a', record, { contentHash: 'h1' });
    expect(await ctx.services.vacancies.upsertBySourceKey('feed-a', { ...record, title: 'x' }, { contentHash: 'h1' })).to.equal('unchanged');
    expect(await ctx.services.vacancies.upsertBySourceKey('feed-b', record, { contentHash: 'h1' })).to.equal('created');
    expect(await VacancyModel.countDocuments()).to.equal(2);
  });

  it('when the key is stored under an id not derived from it, then the upsert updates that document instead of looping', async () => {
    await VacancyModel.collection.insertOne({ source: 'feed-old', externalId: 'feed-42', status: 'open', contentHash: 'old', record });
    expect(await ctx.services.vacancies.upsertBySourceKey('feed-old', { ...record, title: 'Magazziniere notturno' })).to.equal('updated');
    const docs = await VacancyModel.find({ source: 'feed-old' }).lean();
    expect(docs).to.have.length(1);
    expect((docs[0]?.record as VacancyRecord).title).to.equal('Magazziniere notturno');
  });

  it('when two writers upsert the same new key at once, then one document results', async () => {
    const outcomes = await Promise.all([1, 2, 3].map(() => ctx.services.vacancies.upsertBySourceKey('feed-a', record)));
    expect(outcomes.filter((o) => o === 'created')).to.have.length(1);
    expect(await VacancyModel.countDocuments()).to.equal(1);
  });
});
