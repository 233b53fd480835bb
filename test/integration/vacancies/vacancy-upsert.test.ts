import { expect } from 'chai';
import mongoose, { Types } from 'mongoose';
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

  describe('in bulk', () => {
    const items = (titles: string[]) => titles.map((title, i) => ({ record: { ...record, id: `bulk-${i}`, title } }));
    /** The ids `run` announces as saved. */
    const announcedBy = async <R>(run: () => Promise<R>): Promise<[R, string[]]> => {
      const ids: string[] = [];
      const off = ctx.services.events.on('vacancy.saved', ({ id }) => ids.push(id));
      try {
        return [await run(), ids];
      } finally {
        off();
      }
    };

    it('when keys are stored under other ids, then they count as updated or unchanged, not created, and only real writes are announced', async () => {
      await ctx.services.vacancies.upsertManyBySourceKey('feed-bulk', items(['Magazziniere', 'Mulettista']));
      // As a run before derived ids left them: the same keys under ids of their own, one with other content.
      const stored = await VacancyModel.find({ source: 'feed-bulk' }).sort({ externalId: 1 }).lean();
      await VacancyModel.deleteMany({ source: 'feed-bulk' });
      const [kept, stale] = [new Types.ObjectId(), new Types.ObjectId()];
      await VacancyModel.collection.insertMany([{ ...stored[0]!, _id: kept }, { ...stored[1]!, _id: stale, contentHash: 'old' }]);
      const [counts, announced] = await announcedBy(() => ctx.services.vacancies.upsertManyBySourceKey('feed-bulk', items(['Magazziniere', 'Mulettista', 'Carrellista'])));
      expect(counts).to.deep.equal({ created: 1, updated: 1, unchanged: 1 });
      expect(await VacancyModel.countDocuments({ source: 'feed-bulk' })).to.equal(3);
      const created = await VacancyModel.findOne({ externalId: 'bulk-2' }).lean();
      expect(announced).to.have.members([stale.toHexString(), created!._id.toHexString()]).and.not.include(kept.toHexString());
    });

    /** The commands `run` sends to the vacancies collection, by method name, as mongoose's debug hook sees them. */
    const commandsBy = async <R>(run: () => Promise<R>): Promise<[R, string[]]> => {
      const methods: string[] = [];
      mongoose.set('debug', (collection: string, method: string) => {
        if (collection === VacancyModel.collection.collectionName) methods.push(method);
      });
      try {
        return [await run(), methods];
      } finally {
        mongoose.set('debug', false);
      }
    };

    it('when a vacancy is stored under an id not derived from its key, then unchanged runs only read the source and a change updates it under its stored id', async () => {
      await ctx.services.vacancies.upsertManyBySourceKey('feed-bulk', items(['Magazziniere']));
      const stored = await VacancyModel.findOne({ source: 'feed-bulk' }).lean();
      await VacancyModel.deleteMany({ source: 'feed-bulk' });
      const older = new Types.ObjectId();
      await VacancyModel.collection.insertOne({ ...stored!, _id: older });
      for (const run of ['first', 'second']) {
        const [counts, commands] = await commandsBy(() => ctx.services.vacancies.upsertManyBySourceKey('feed-bulk', items(['Magazziniere'])));
        expect(counts, run).to.deep.equal({ created: 0, updated: 0, unchanged: 1 });
        expect(commands, `${run} run: no insert attempt, no read or write one by one`).to.deep.equal(['find']);
      }
      const [counts, announced] = await announcedBy(() => ctx.services.vacancies.upsertManyBySourceKey('feed-bulk', items(['Magazziniere notturno'])));
      expect(counts).to.deep.equal({ created: 0, updated: 1, unchanged: 0 });
      expect(announced).to.deep.equal([older.toHexString()]);
      const docs = await VacancyModel.find({ source: 'feed-bulk' }).lean();
      expect(docs.map((doc) => [doc._id.toHexString(), (doc.record as VacancyRecord).title])).to.deep.equal([[older.toHexString(), 'Magazziniere notturno']]);
    });

    it('when two bulk runs load the same new records at once, then each record is created once in all', async () => {
      const titles = ['Magazziniere', 'Mulettista', 'Carrellista', 'Cuoco'];
      const [first, second] = await Promise.all([1, 2].map(() => ctx.services.vacancies.upsertManyBySourceKey('feed-bulk', items(titles))));
      expect(first!.created + second!.created).to.equal(4);
      expect(first!.unchanged + second!.unchanged).to.equal(4);
      expect(first!.updated + second!.updated).to.equal(0);
      expect(await VacancyModel.countDocuments({ source: 'feed-bulk' })).to.equal(4);
    });
  });
});
