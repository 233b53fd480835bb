import { expect } from 'chai';
import { Types } from 'mongoose';
import { useTestDatabase, testLogger } from '../../support/test-database.js';
import { testConfig } from '../../support/test-app.js';
import { clearDomainCollections } from '../../support/domain-client.js';
import { createServices, type Services } from '../../../src/services.js';
import { createVacancyService, type VacancyService } from '../../../src/modules/vacancies/vacancy.service.js';
import { VacancyModel } from '../../../src/modules/vacancies/vacancy.model.js';
import { cursorParam } from '../../../src/platform/pagination.js';
import { ListMirror, type MirrorSource } from '../../../src/platform/lists/list-mirror.js';
import { vacancyListSource, type ListedVacancy } from '../../../src/modules/vacancies/vacancy-list.repository.js';
import type { VacancyListQuery } from '../../../src/modules/vacancies/vacancy-api.schema.js';

const occupation = 'http://data.europa.eu/esco/occupation/f756fdab-7726-4c48-bfcc-94ff8810fc08';
const record = (id: string, i: number) => ({
  id,
  title: `Addetto/a ${i}`,
  lang: 'it',
  ...(i % 3 === 0 ? {} : { occupation }),
  ...(i % 4 === 3 ? {} : { location: { comune: i % 2 === 0 ? 'Torino' : 'Novara' } }),
  validFrom: '2026-12-01',
});

/** Every page of a query, as the API would serialise it, following nextCursor to the end. */
async function walk(service: VacancyService, query: Omit<VacancyListQuery, 'limit'>): Promise<string[]> {
  const pages: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await service.listVacancies({ ...query, limit: 3, ...(cursor ? { cursor: cursorParam.parse(cursor) } : {}) });
    pages.push(JSON.stringify(page));
    cursor = page.nextCursor;
  } while (cursor);
  return pages;
}

/**
 * The real source, counting what the mirror asks of it: records per changes read, id reads and counts. `afterChanges`
 * runs once when the next changes read has ended, before the mirror applies it; `beforeIds` once before the next id read.
 */
function countedSource() {
  const calls = { streamed: [] as number[], idReads: 0, counts: 0 };
  const hooks: { afterChanges?: () => Promise<void>; beforeIds?: () => Promise<void> } = {};
  const source: MirrorSource<ListedVacancy> = {
    ...vacancyListSource,
    async *streamChangedSince(since) {
      let count = 0;
      for await (const item of vacancyListSource.streamChangedSince(since)) {
        count += 1;
        yield item;
      }
      calls.streamed.push(count);
      const hook = hooks.afterChanges;
      hooks.afterChanges = undefined;
      await hook?.();
    },
    async *streamIds() {
      calls.idReads += 1;
      const hook = hooks.beforeIds;
      hooks.beforeIds = undefined;
      await hook?.();
      yield* vacancyListSource.streamIds();
    },
    countStored() {
      calls.counts += 1;
      return vacancyListSource.countStored();
    },
  };
  return { source, calls, hooks };
}

const idsOf = async (service: VacancyService, query: Omit<VacancyListQuery, 'limit'>) => (await service.listVacancies({ ...query, limit: 100 })).items.map((v) => v.externalId);

describe('vacancy list mirror (embedded database)', () => {
  let services: Services;
  let mirror: VacancyService;
  let database: VacancyService;
  before(async () => {
    await useTestDatabase();
    services = createServices({ logger: testLogger, config: testConfig() });
    const deps = { reference: services.reference, employers: services.employers, events: services.events };
    mirror = createVacancyService({ ...deps, lists: 'mirror' });
    database = createVacancyService({ ...deps, lists: 'database' });
  });
  beforeEach(async () => {
    await clearDomainCollections();
    await database.upsertManyBySourceKey('feed-a', Array.from({ length: 12 }, (_, i) => ({ record: record(`a-${i}`, i), initialStatus: i % 5 === 0 ? 'draft' as const : 'open' as const })));
    for (let i = 0; i < 4; i += 1) await database.upsertBySourceKey('feed-b', record(`b-${i}`, i));
    await mirror.refreshList();
  });

  it('when the same data is listed from the mirror and from the database query, then every page and cursor is identical', async () => {
    await database.closeVacancy((await database.listVacancies({ source: 'feed-a', limit: 1 })).items[0]!.id);
    const middle = (await database.listVacancies({ limit: 100 })).items[8]!.updatedAt.toISOString();
    const queries: Omit<VacancyListQuery, 'limit'>[] = [
      {}, { province: 'TO' }, { status: 'open' }, { province: 'TO', status: 'open' }, { occupation }, { source: 'feed-b' },
      { status: 'closed' }, { updatedSince: middle }, { province: 'NO', occupation, updatedSince: middle }, { employer: 'nobody' },
    ];
    for (const query of queries) {
      const expected = await walk(database, query);
      expect(await walk(mirror, query), JSON.stringify(query)).to.deep.equal(expected);
    }
    expect((await walk(mirror, {})).length).to.equal(6);
  });

  it('when this process creates, changes or closes a vacancy, then the very next page shows it', async () => {
    expect(await idsOf(mirror, { status: 'open', source: 'feed-b' })).to.deep.equal(['b-0', 'b-1', 'b-2', 'b-3']);
    const b1 = (await database.listVacancies({ source: 'feed-b', limit: 2 })).items[1]!;
    await database.closeVacancy(b1.id);
    await database.upsertBySourceKey('feed-b', record('b-9', 9));
    await database.upsertBySourceKey('feed-b', { ...record('b-0', 0), location: { comune: 'Alessandria' } });
    expect(await idsOf(mirror, { status: 'open', source: 'feed-b' })).to.deep.equal(['b-2', 'b-3', 'b-9', 'b-0']);
    expect(await idsOf(mirror, { status: 'closed' })).to.deep.equal(['b-1']);
    expect(await idsOf(mirror, { province: 'AL' })).to.deep.equal(['b-0']);
  });

  it('when another process inserts or deletes, then the next page shows it; its updates show after the minute catch-up', async () => {
    expect(await idsOf(mirror, { source: 'feed-b' })).to.have.length(4);
    const stored = await VacancyModel.findOne({ externalId: 'b-3' }).lean();
    await VacancyModel.collection.insertOne({ ...stored!, _id: new Types.ObjectId(), externalId: 'b-foreign', updatedAt: new Date() });
    expect(await idsOf(mirror, { source: 'feed-b' })).to.deep.equal(['b-0', 'b-1', 'b-2', 'b-3', 'b-foreign']);
    await VacancyModel.collection.deleteOne({ externalId: 'b-0' });
    expect(await idsOf(mirror, { source: 'feed-b' })).to.deep.equal(['b-1', 'b-2', 'b-3', 'b-foreign']);
    await VacancyModel.collection.updateOne({ externalId: 'b-1' }, { $set: { status: 'expired', updatedAt: new Date() } });
    expect(await idsOf(mirror, { status: 'expired' })).to.deep.equal([]);
    await mirror.refreshList();
    expect(await idsOf(mirror, { status: 'expired' })).to.deep.equal(['b-1']);
    expect(await walk(mirror, {})).to.deep.equal(await walk(database, {}));
  });

  it('when another process updates, inserts and deletes behind the mirror, then one catch-up run shows all three, reading only what changed', async () => {
    const { source, calls } = countedSource();
    const streamed = calls.streamed;
    const counted = new ListMirror(source);
    // feed-a stamped an hour ago: a catch-up reads from a minute before the newest stamp it saw (feed-b's), so not feed-a.
    await VacancyModel.collection.updateMany({ source: 'feed-a' }, { $set: { updatedAt: new Date(Date.now() - 3_600_000) } });
    const ids = async (status?: string) => (await counted.page({ limit: 100 }, (row) => !status || row.vacancy.status === status)).map((row) => row.vacancy.externalId);
    expect(await ids()).to.have.length(16);
    expect(streamed).to.deep.equal([16]);
    await VacancyModel.collection.updateOne({ externalId: 'b-1' }, { $set: { status: 'expired', updatedAt: new Date() } });
    const stored = await VacancyModel.findOne({ externalId: 'b-3' }).lean();
    // An insert and a delete together leave the stored count as it was, so only the catch-up can see them.
    await VacancyModel.collection.insertOne({ ...stored!, _id: new Types.ObjectId(), externalId: 'b-foreign', updatedAt: new Date() });
    await VacancyModel.collection.deleteOne({ externalId: 'b-0' });
    expect(await ids('expired')).to.deep.equal([]);
    await counted.refresh();
    expect(await ids('expired')).to.deep.equal(['b-1']);
    expect(await ids()).to.include('b-foreign').and.not.include('b-0');
    expect(streamed).to.deep.equal([16, 4], 'the catch-up reads b-1, b-2, b-3 and b-foreign');
    const all = (await counted.page({ limit: 100 }, () => true)).map((row) => row.vacancy);
    expect(all).to.deep.equal((await database.listVacancies({ limit: 100 })).items);
    // Fewer stored than mirrored: one full read (16 - 1) replaces a read of the changes plus one of the ids.
    await VacancyModel.collection.deleteOne({ externalId: 'a-5' });
    await counted.refresh();
    expect(streamed).to.deep.equal([16, 4, 15]);
    expect(await ids()).to.have.length(15).and.not.include('a-5');
  });

  it('when several pages find the same foreign insert at once, then one catch-up reads the changes for all of them', async () => {
    const { source, calls } = countedSource();
    const counted = new ListMirror(source);
    const ids = async () => (await counted.page({ limit: 100 }, () => true)).map((row) => row.vacancy.externalId);
    expect(await ids()).to.have.length(16);
    const stored = await VacancyModel.findOne({ externalId: 'b-3' }).lean();
    await VacancyModel.collection.insertOne({ ...stored!, _id: new Types.ObjectId(), externalId: 'b-foreign', updatedAt: new Date() });
    const pages = await Promise.all([ids(), ids(), ids()]);
    for (const page of pages) expect(page).to.have.length(17).and.include('b-foreign');
    expect(calls.streamed).to.have.length(2, 'the load, then one catch-up read');
  });

  it('when a page finds another process\'s insert, then its catch-up counts no more than the page did; the job counts once and reads the ids only when needed', async () => {
    const { source, calls } = countedSource();
    const counted = new ListMirror(source);
    const ids = async () => (await counted.page({ limit: 100 }, () => true)).map((row) => row.vacancy.externalId);
    expect(await ids()).to.have.length(16);
    const stored = await VacancyModel.findOne({ externalId: 'b-3' }).lean();
    const foreign = (externalId: string) => VacancyModel.collection.insertOne({ ...stored!, _id: new Types.ObjectId(), externalId, updatedAt: new Date() });
    await foreign('b-foreign');
    calls.counts = 0;
    expect(await ids()).to.include('b-foreign');
    expect(calls).to.deep.include({ counts: 1, idReads: 0 });
    // The job: an update the count cannot see, then an insert and a delete that cancel in it.
    await VacancyModel.collection.updateOne({ externalId: 'b-1' }, { $set: { status: 'expired', updatedAt: new Date() } });
    calls.counts = 0;
    await counted.refresh();
    expect(calls).to.deep.include({ counts: 1, idReads: 0 });
    await foreign('b-other');
    await VacancyModel.collection.deleteOne({ externalId: 'a-7' });
    calls.counts = 0;
    await counted.refresh();
    expect(calls).to.deep.include({ counts: 2, idReads: 1 }, 'one count to start, one to settle the gap after the id match');
    const all = (await counted.page({ limit: 100 }, () => true)).map((row) => row.vacancy);
    expect(all).to.deep.equal((await database.listVacancies({ limit: 100 })).items);
  });

  it('when a catch-up reads the stored ids, then a page whose count agrees is served meanwhile, from the mirror as it was', async () => {
    const { source, calls, hooks } = countedSource();
    const counted = new ListMirror(source);
    const ids = async () => (await counted.page({ limit: 100 }, () => true)).map((row) => row.vacancy.externalId);
    const before = await ids();
    const stored = await VacancyModel.findOne({ externalId: 'b-3' }).lean();
    await VacancyModel.collection.insertOne({ ...stored!, _id: new Types.ObjectId(), externalId: 'b-foreign', updatedAt: new Date() });
    await VacancyModel.collection.deleteOne({ externalId: 'a-7' });
    let during: string[] | 'still waiting' | undefined;
    hooks.beforeIds = async () => {
      // A page held behind the id read would wait for this hook, which waits for the page: a bound ends that wait.
      let timer: NodeJS.Timeout | undefined;
      const bound = new Promise<'still waiting'>((resolve) => (timer = setTimeout(() => resolve('still waiting'), 10_000)));
      during = await Promise.race([ids(), bound]);
      clearTimeout(timer);
    };
    await counted.refresh();
    expect(calls.idReads).to.equal(1);
    expect(during).to.deep.equal(before);
    const after = await ids();
    expect(after).to.have.length(16).and.include('b-foreign');
    expect(after).to.not.include('a-7');
  });

  it('when another process writes while a catch-up runs, then a catch-up asked for meanwhile runs again after it and shows the write', async () => {
    const { source, calls, hooks } = countedSource();
    const counted = new ListMirror(source);
    const ids = async (status?: string) => (await counted.page({ limit: 100 }, (row) => !status || row.vacancy.status === status)).map((row) => row.vacancy.externalId);
    expect(await ids()).to.have.length(16);
    let later: Promise<void> | undefined;
    hooks.afterChanges = async () => {
      // After the running catch-up read the changes: an update the count cannot show, then a second job run.
      await VacancyModel.collection.updateOne({ externalId: 'b-2' }, { $set: { status: 'expired', updatedAt: new Date() } });
      later = counted.refresh();
    };
    await counted.refresh();
    await later;
    expect(calls.streamed).to.have.length(3, 'the load, the running catch-up, then the one asked for while it ran');
    expect(await ids('expired')).to.deep.equal(['b-2']);
  });

  it('when a cursor names no vacancy id, then the mirror refuses it as the database query does', async () => {
    const cursor = cursorParam.parse(Buffer.from(JSON.stringify([new Date().toISOString(), 'not-an-id'])).toString('base64url'));
    const refusal = async (service: VacancyService) => service.listVacancies({ limit: 5, cursor }).then(() => undefined, (err: unknown) => err);
    const [fromMirror, fromDatabase] = [await refusal(mirror), await refusal(database)];
    expect(fromMirror).to.have.property('code', 'VALIDATION_FAILED');
    expect(JSON.stringify(fromMirror)).to.equal(JSON.stringify(fromDatabase));
  });
});
