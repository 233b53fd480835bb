import { expect } from 'chai';
import { createTestApp, type TestContext } from '../../support/test-app.js';
import { clearDatabase, testLogger } from '../../support/test-database.js';
import { countReferenceComuni, upsertReferenceTables } from '../../../src/modules/reference/reference.repository.js';
import { referenceModels } from '../../../src/modules/reference/reference.model.js';

describe('reference data in the database', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestApp();
    await clearDatabase();
  });

  it('when the tables are loaded twice, then the collections hold each record once, unchanged', async () => {
    await upsertReferenceTables(ctx.services.reference.tables, testLogger);
    const first = await referenceModels.comuni.findById('015146').lean();
    await upsertReferenceTables(ctx.services.reference.tables, testLogger);
    expect(await countReferenceComuni()).to.equal(7896);
    expect(await referenceModels.regions.countDocuments()).to.equal(20);
    expect(await referenceModels.comuni.findById('015146').lean()).to.deep.equal(first);
  });

  it('when a table changed since the last load, then its rows are rewritten', async () => {
    const tables = ctx.services.reference.tables;
    const renamed = { ...tables, regions: tables.regions.map((r) => (r.code === '02' ? { ...r, name: "Valle d'Aosta/Vallée d'Aoste" } : r)) };
    await upsertReferenceTables(renamed, testLogger);
    expect((await referenceModels.regions.findById('02').lean<{ name: string }>())?.name).to.equal("Valle d'Aosta/Vallée d'Aoste");
    expect(await referenceModels.regions.countDocuments()).to.equal(20);
  });
});
