import { expect } from 'chai';
import { useTestDatabase, testLogger } from '../../support/test-database.js';
import { testConfig } from '../../support/test-app.js';
import { clearDomainCollections } from '../../support/domain-client.js';
import { createServices, type Services } from '../../../src/services.js';
import { createCandidateService, type CandidateService } from '../../../src/modules/candidates/candidate.service.js';
import { CandidateModel } from '../../../src/modules/candidates/candidate.model.js';
import { cursorParam } from '../../../src/platform/pagination.js';
import type { CandidateListQuery } from '../../../src/modules/candidates/candidate-api.schema.js';

const occupation = 'http://data.europa.eu/esco/occupation/1391bdf9-bd61-4fb5-91ca-c29036ab2b60';
const registration = (id: string, i: number) => ({
  candidate: {
    id,
    summary: 'Assistente domiciliare',
    lang: 'it',
    experiences: i % 2 === 0 ? [{ title: 'assistente domiciliare', occupation, years: 2 }] : [],
    location: { comune: i % 3 === 0 ? 'Novara' : 'Torino' },
    protected: { nationality: 'RO' },
  },
  centreId: i % 4 === 0 ? 'cpi-novara' : 'cpi-torino',
  consents: [],
});

async function walk(service: CandidateService, query: Omit<CandidateListQuery, 'limit'>): Promise<string[]> {
  const pages: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await service.listCandidates({ ...query, limit: 2, ...(cursor ? { cursor: cursorParam.parse(cursor) } : {}) });
    pages.push(JSON.stringify(page));
    cursor = page.nextCursor;
  } while (cursor);
  return pages;
}

describe('candidate list mirror (embedded database)', () => {
  let services: Services;
  let mirror: CandidateService;
  let database: CandidateService;
  before(async () => {
    await useTestDatabase();
    services = createServices({ logger: testLogger, config: testConfig() });
    mirror = createCandidateService({ reference: services.reference, events: services.events, privacy: services.privacy, lists: 'mirror' });
    database = createCandidateService({ reference: services.reference, events: services.events, privacy: services.privacy, lists: 'database' });
  });
  beforeEach(async () => {
    await clearDomainCollections();
    await database.upsertCandidates(Array.from({ length: 6 }, (_, i) => registration(`c-${i}`, i)));
    for (let i = 6; i < 9; i += 1) await database.createCandidate(registration(`c-${i}`, i));
  });

  it('when the same data is listed from the mirror and from the database query, then every page and cursor is identical', async () => {
    const middle = (await database.listCandidates({ limit: 100 })).items[6]!.updatedAt.toISOString();
    for (const query of [{}, { province: 'TO' }, { occupation }, { centre: 'cpi-novara' }, { province: 'NO', occupation }, { updatedSince: middle }]) {
      expect(await walk(mirror, query), JSON.stringify(query)).to.deep.equal(await walk(database, query));
    }
    expect((await mirror.listCandidates({ limit: 100 })).items[0]!.record).to.not.have.property('protected');
  });

  it('when this process changes or erases a candidate, then the very next page shows it', async () => {
    const ids = async (query: Omit<CandidateListQuery, 'limit'>) => (await mirror.listCandidates({ ...query, limit: 100 })).items.map((c) => c.id);
    expect(await ids({ centre: 'cpi-novara' })).to.deep.equal(['c-0', 'c-4', 'c-8']);
    await database.patchCandidate('c-4', { location: { comune: 'Novara' } });
    await database.eraseCandidate('c-0');
    expect(await ids({ centre: 'cpi-novara' })).to.deep.equal(['c-8', 'c-4']);
    expect(await ids({ province: 'NO' })).to.deep.equal(['c-3', 'c-6', 'c-4']);
  });

  it('when another process erases a profile, then the next page leaves it out', async () => {
    expect((await mirror.listCandidates({ limit: 100 })).items).to.have.length(9);
    await CandidateModel.collection.deleteOne({ _id: 'c-5' } as never);
    expect((await mirror.listCandidates({ limit: 100 })).items.map((c) => c.id)).to.deep.equal(['c-0', 'c-1', 'c-2', 'c-3', 'c-4', 'c-6', 'c-7', 'c-8']);
  });

  it('when another process updates one profile and erases another, then one catch-up run shows both', async () => {
    const ids = async (query: Omit<CandidateListQuery, 'limit'>) => (await mirror.listCandidates({ ...query, limit: 100 })).items.map((c) => c.id);
    expect(await ids({ centre: 'cpi-novara' })).to.deep.equal(['c-0', 'c-4', 'c-8']);
    await CandidateModel.collection.updateOne({ _id: 'c-1' } as never, { $set: { centreId: 'cpi-novara', updatedAt: new Date() } });
    await CandidateModel.collection.deleteOne({ _id: 'c-4' } as never);
    await mirror.refreshList();
    expect(await ids({ centre: 'cpi-novara' })).to.deep.equal(['c-0', 'c-8', 'c-1']);
    expect(await walk(mirror, {})).to.deep.equal(await walk(database, {}));
  });
});
