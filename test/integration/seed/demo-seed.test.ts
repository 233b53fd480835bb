import { expect } from 'chai';
import path from 'node:path';
import { createTestApp, type TestContext } from '../../support/test-app.js';
import { clearDomainCollections } from '../../support/domain-client.js';
import { testLogger } from '../../support/test-database.js';
import { seedDemoData } from '../../../src/modules/demo-data/demo-data.seed.js';
import { VacancyModel } from '../../../src/modules/vacancies/vacancy.model.js';
import { EmployerModel } from '../../../src/modules/employers/employer.model.js';
import { CandidateIdentityModel, CandidateModel, CandidateProtectedModel } from '../../../src/modules/candidates/candidate.model.js';
import { ConsentModel } from '../../../src/modules/privacy/consent.model.js';

const fixtureDir = path.resolve('test/fixtures/demo-small');
const snapshot = async () => ({
  employers: await EmployerModel.find().sort({ _id: 1 }).lean(),
  vacancies: await VacancyModel.find().sort({ _id: 1 }).lean(),
  candidates: await CandidateModel.find().sort({ _id: 1 }).lean(),
  identities: await CandidateIdentityModel.countDocuments(),
  protected: await CandidateProtectedModel.countDocuments(),
  consents: await ConsentModel.find().sort({ _id: 1 }).lean(),
});

describe('demo data seeding', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestApp();
    await clearDomainCollections();
  });

  it('when the demo files are loaded, then every record is created and linked', async () => {
    const result = await seedDemoData(ctx.services, testLogger, fixtureDir);
    expect(result.employers).to.deep.equal({ created: 3, updated: 0, unchanged: 0 });
    expect(result.vacancies.created).to.equal(3);
    expect(result.candidates.created).to.equal(3);
    const vacancy = await VacancyModel.findOne({ externalId: 'demo-vac-00001' }).lean();
    expect(vacancy).to.include({ source: 'demo', employerId: 'demo-emp-0001' });
    expect(await CandidateIdentityModel.countDocuments()).to.equal(3);
    expect(await ConsentModel.countDocuments()).to.be.greaterThan(0);
  });

  it('when the demo files are loaded a second time, then nothing changes', async () => {
    const before = await snapshot();
    const result = await seedDemoData(ctx.services, testLogger, fixtureDir);
    expect(result.employers.unchanged + result.vacancies.unchanged + result.candidates.unchanged).to.equal(9);
    expect(await snapshot()).to.deep.equal(before);
  });
});
