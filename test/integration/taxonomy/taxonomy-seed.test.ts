import { expect } from 'chai';
import { useTestDatabase, testLogger } from '../../support/test-database.js';
import { loadTaxonomy } from '../../../src/modules/taxonomy/taxonomy.loader.js';
import type { TaxonomyData } from '../../../src/modules/taxonomy/taxonomy.records.js';
import { countTaxonomyDocuments, upsertTaxonomy } from '../../../src/modules/taxonomy/taxonomy.repository.js';
import { taxonomyModels } from '../../../src/modules/taxonomy/taxonomy.model.js';

/** A slice of the real seeds: enough records of every kind, small enough for FerretDB in a test. */
function sliceOfSeeds(size: number): TaxonomyData {
  const data = loadTaxonomy().data;
  const cut = <T>(rows: T[]): T[] => rows.slice(0, size);
  return {
    version: data.version, skills: cut(data.skills), skillGroups: cut(data.skillGroups), skillRelations: cut(data.skillRelations),
    occupations: cut(data.occupations), iscoGroups: cut(data.iscoGroups), cp2011Titles: cut(data.cp2011Titles),
    cp2011Units: cut(data.cp2011Units), crosswalk: cut(data.crosswalk),
  };
}

describe('taxonomy seed', () => {
  before(async () => {
    await useTestDatabase();
    await Promise.all(Object.values(taxonomyModels).map((model) => model.deleteMany({})));
  });

  it('when the taxonomy is seeded, then every kind of record is stored under its own key', async () => {
    const data = sliceOfSeeds(30);
    expect(await upsertTaxonomy('key-1', () => data, testLogger)).to.equal('loaded');
    expect(await countTaxonomyDocuments('skills')).to.equal(30);
    expect(await countTaxonomyDocuments('crosswalk')).to.equal(30);
    const occupation = await taxonomyModels.occupations.findById(data.occupations[0]!.uri).lean();
    expect(occupation).to.deep.include({ isco: data.occupations[0]!.isco, labels: data.occupations[0]!.labels });
  });

  it('when the stored seed key matches, then nothing is read or written', async () => {
    const outcome = await upsertTaxonomy('key-1', () => {
      throw new Error('records must not be read when the key matches');
    }, testLogger);
    expect(outcome).to.equal('unchanged');
  });

  it('when the seeds change, then new records are added, changed ones replaced and removed ones deleted', async () => {
    const data = sliceOfSeeds(40);
    data.skills = data.skills.slice(5);
    data.skills[0] = { ...data.skills[0]!, label: 'changed label' };
    expect(await upsertTaxonomy('key-2', () => data, testLogger)).to.equal('loaded');
    expect(await countTaxonomyDocuments('skills')).to.equal(35);
    expect(await countTaxonomyDocuments('occupations')).to.equal(40);
    const changed = (await taxonomyModels.skills.findById(data.skills[0]!.uri).lean()) as { label?: string } | null;
    expect(changed?.label).to.equal('changed label');
  });
});
