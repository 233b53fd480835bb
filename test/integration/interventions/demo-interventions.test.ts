import { expect } from 'chai';
import { useTestDatabase, clearDatabase, testLogger } from '../../support/test-database.js';
import { seedDemoInterventions } from '../../../src/modules/interventions/demo-interventions.seed.js';
import { InterventionModel } from '../../../src/modules/interventions/intervention.model.js';
import { newInterventionSchema } from '../../../src/modules/interventions/intervention.schema.js';

describe('demo interventions seed', function () {
  // About 4,000 inserts on FerretDB take 10–20 s.
  this.timeout(90_000);

  before(async () => {
    await useTestDatabase();
    await clearDatabase();
  });

  it('when seeded twice, then the second run adds nothing and every record passes the API schema', async () => {
    const first = await seedDemoInterventions(testLogger);
    expect(first).to.be.greaterThan(1200);
    expect(await seedDemoInterventions(testLogger)).to.equal(0);
    expect(await InterventionModel.countDocuments()).to.equal(first);
    const sample = await InterventionModel.find().sort({ _id: 1 }).limit(300).lean();
    for (const doc of sample) {
      const { type, startDate, endDate, provider, fundingLine, projectCode, outcome, details } = doc;
      const parsed = newInterventionSchema.safeParse({ type, startDate, provider, fundingLine, outcome, details, ...(endDate ? { endDate } : {}), ...(projectCode ? { projectCode } : {}) });
      expect(parsed.success, `${doc._id}: ${parsed.error?.message}`).to.equal(true);
    }
  });
});
