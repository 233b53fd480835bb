import { expect } from 'chai';
import path from 'node:path';
import mongoose from 'mongoose';
import { createTestApp, type TestContext } from '../../support/test-app.js';
import { clearDomainCollections } from '../../support/domain-client.js';
import { testLogger } from '../../support/test-database.js';
import { DEMO_SOURCE, seedDemoData } from '../../../src/modules/demo-data/demo-data.seed.js';
import { readJsonLinesGz } from '../../../src/modules/demo-data/jsonl-gz.js';
import { employerInputSchema } from '../../../src/modules/employers/employer.schema.js';
import { vacancyRecordSchema } from '../../../src/modules/vacancies/vacancy.schema.js';
import { candidateCreateSchema } from '../../../src/modules/candidates/candidate-api.schema.js';
import { VacancyModel } from '../../../src/modules/vacancies/vacancy.model.js';
import { CandidateIdentityModel, CandidateModel, CandidateProtectedModel } from '../../../src/modules/candidates/candidate.model.js';

const fixtureDir = path.resolve('test/fixtures/demo-small');

/** Every stored document of the demo records, without the write timestamps (which differ between any two runs). */
async function storedRecords() {
  const out: Record<string, unknown[]> = {};
  for (const name of ['employers', 'vacancies', 'candidates', 'candidate_identities', 'candidate_protected', 'consents']) {
    const docs = await mongoose.connection.db!.collection(name).find().sort({ _id: 1 }).toArray();
    out[name] = docs.map(({ createdAt: _c, updatedAt: _u, ...rest }) => rest);
  }
  return out;
}

async function lines(name: string): Promise<unknown[]> {
  const values: unknown[] = [];
  for await (const { value } of readJsonLinesGz(path.join(fixtureDir, `${name}.jsonl.gz`))) values.push(value);
  return values;
}

/** The one-by-one use cases the seed used before the bulk path, as the reference for what must be stored. */
async function seedOneByOne(ctx: TestContext): Promise<void> {
  for (const value of await lines('employers')) await ctx.services.employers.upsertEmployerByTaxCode(employerInputSchema.parse(value));
  for (const value of await lines('vacancies')) {
    const record = vacancyRecordSchema.parse(value);
    await ctx.services.vacancies.upsertBySourceKey(DEMO_SOURCE, record, { initialStatus: 'open' });
  }
  for (const value of await lines('candidates')) await ctx.services.candidates.upsertCandidate(candidateCreateSchema.parse(value));
}

describe('demo data seeding in bulk', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestApp();
  });
  beforeEach(clearDomainCollections);

  it('when the demo files are loaded in bulk, then the stored records equal those written one by one', async () => {
    await seedOneByOne(ctx);
    const expected = await storedRecords();
    expect(expected.consents).to.have.length.greaterThan(3);
    await clearDomainCollections();
    await seedDemoData(ctx.services, testLogger, fixtureDir);
    expect(await storedRecords()).to.deep.equal(expected);
  });

  it('when a load was killed half-way, then the next one ends with exactly the same records and no duplicates', async () => {
    await seedDemoData(ctx.services, testLogger, fixtureDir);
    const complete = await storedRecords();
    // What a killed run leaves: personal data and consents are written before the profile, so some
    // candidates lack only their profile (or their identity too); some vacancies are missing.
    await CandidateModel.deleteOne({ _id: 'demo-cand-00002' });
    await CandidateModel.deleteOne({ _id: 'demo-cand-00003' });
    await CandidateIdentityModel.deleteOne({ _id: 'demo-cand-00003' });
    // Left by a killed run over an older file: must be rewritten, not kept.
    await CandidateProtectedModel.updateOne({ _id: 'demo-cand-00002' }, { $set: { attributes: { gender: 'stale' } } });
    await VacancyModel.deleteOne({ externalId: 'demo-vac-00003' });
    const result = await seedDemoData(ctx.services, testLogger, fixtureDir);
    expect(result.candidates).to.deep.equal({ created: 2, updated: 0, unchanged: 1 });
    expect(result.vacancies).to.deep.equal({ created: 1, updated: 0, unchanged: 2 });
    expect(await storedRecords()).to.deep.equal(complete);
  });

  it('when a demo line changed since the last load, then the bulk load rewrites only that record', async () => {
    await seedDemoData(ctx.services, testLogger, fixtureDir);
    await VacancyModel.updateOne({ externalId: 'demo-vac-00002' }, { $set: { contentHash: 'stale' } });
    await CandidateModel.updateOne({ _id: 'demo-cand-00001' }, { $set: { contentHash: 'stale' } });
    const result = await seedDemoData(ctx.services, testLogger, fixtureDir);
    expect(result.vacancies).to.deep.equal({ created: 0, updated: 1, unchanged: 2 });
    expect(result.candidates).to.deep.equal({ created: 0, updated: 1, unchanged: 2 });
    expect(await VacancyModel.countDocuments()).to.equal(3);
    expect((await VacancyModel.findOne({ externalId: 'demo-vac-00002' }).lean())?.contentHash).to.not.equal('stale');
  });
});
