import { expect } from 'chai';
import { loadTaxonomy } from '../../../src/modules/taxonomy/taxonomy.loader.js';

const chef = 'http://data.europa.eu/esco/occupation/1009be17-7efd-45f1-a033-566bf179c588';
const haskell = 'http://data.europa.eu/esco/skill/000f1d3d-220f-4789-9c0a-cc742521fb02';

describe('taxonomy index', () => {
  const taxonomy = loadTaxonomy();

  it('when the seeds are loaded, then every ESCO v1.1.1 skill and occupation is indexed', () => {
    expect(taxonomy.skillCount()).to.equal(13896);
    expect(taxonomy.occupationCount()).to.equal(3007);
  });

  it('when loaded twice, then the same index is returned', () => {
    expect(loadTaxonomy()).to.equal(taxonomy);
  });

  it('when an occupation is looked up, then it carries its ISCO group and essential skills', () => {
    const occupation = taxonomy.getOccupation(chef);
    expect(occupation?.label).to.equal('chef');
    expect(occupation?.iscoGroup).to.equal('3434');
    expect(occupation?.essentialSkills.length).to.be.greaterThan(5);
  });

  it('when a label is asked in a language, then it is given in that language or falls back to English', () => {
    expect(taxonomy.occupationLabel(chef, 'it')).to.match(/chef|cuoc/i);
    expect(taxonomy.occupationLabel(chef, 'ar')).to.match(/[\u0600-\u06FF]/);
    expect(taxonomy.skillLabel(haskell, 'fr')).to.equal('Haskell');
    const write = [...taxonomy.allSkills()].find((s) => s.label === 'manage musical staff');
    expect(taxonomy.skillLabel(write!.uri, 'it')).to.equal('manage musical staff');
  });

  it('when a skill is in ESCO collections, then its type, collections and broader concepts are set', () => {
    const skill = taxonomy.getSkill(haskell);
    expect(skill?.collections).to.include('digital');
    expect(skill?.broader[0]).to.match(/\/skill\//);
    expect(taxonomy.relatedSkills(haskell)).to.be.an('array');
  });

  it('when a CP2011 unit is crosswalked, then it leads to ESCO occupations', () => {
    const mapped = taxonomy.escoOccupationsForCp2011('5.2.2.1.0');
    expect(mapped.length).to.be.greaterThan(0);
    expect(taxonomy.cp2011Unit('5.2.2.1.0')?.label).to.be.a('string');
  });
});
