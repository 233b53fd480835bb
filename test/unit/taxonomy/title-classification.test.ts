import { expect } from 'chai';
import { loadRecognizer, type TaxonomyRecognizer } from '../../../src/modules/taxonomy/taxonomy.recognizer.js';
import { cleanTitle } from '../../../src/modules/taxonomy/recognition/title-cleaning.js';
import { buildOccupationPrior, buildOccupationSpecificity } from '../../../src/modules/taxonomy/recognition/occupation-prior.js';
import { analysedOccupationLabels, genericLabel, labelWeights, occupationQueryTerms } from '../../../src/modules/taxonomy/recognition/occupation-labels.js';
import { analyse } from '../../../src/modules/taxonomy/text/analyzer.js';
import type { OccupationRecord, TaxonomyData } from '../../../src/modules/taxonomy/taxonomy.records.js';
import { Cp2011LeaveOneOut } from '../../../eval/cp2011-leave-one-out.js';

const occupation = (uri: string, broader: string): OccupationRecord => ({ uri, isco: '5223', code: '5223.1', broader, labels: { en: { pref: uri } }, desc: {} });

describe('job title classification', function () {
  this.timeout(180_000);
  let recognizer: TaxonomyRecognizer;
  before(() => {
    recognizer = loadRecognizer();
  });

  it('when an English title carries seniority, contract, gender and salary noise, then only the occupation words are left', () => {
    const cleaned = cleanTitle('Senior Sales Assistant (m/f/d) - Full-time, RM 2,500', 'en');
    expect(cleaned.split(/\W+/).filter(Boolean)).to.deep.equal(['Sales', 'Assistant']);
  });

  it('when an English title uses abbreviations, then they are spelled out as ESCO labels spell them', () => {
    expect(cleanTitle('R&D Mgr', 'en')).to.equal('research development manager');
    expect(cleanTitle('HR Exec', 'en')).to.equal('human resources executive');
    expect(cleanTitle('IT Support Engineer', 'en')).to.equal('ICT Support Engineer');
  });

  it('when an Italian ad wraps the title in recruiting words, then only the title is left', () => {
    expect(cleanTitle('Cercasi commesso (m/f) - assunzione immediata', 'it').split(/\W+/).filter(Boolean)).to.deep.equal(['commesso']);
    expect(recognizer.classifyOccupation('Cercasi cameriere (m/f)', { lang: 'it', top: 1 })).to.deep.equal(recognizer.classifyOccupation('cameriere', { lang: 'it', top: 1 }));
  });

  it('when a title is nothing but noise, or in a language without a noise list, then it is kept as it is', () => {
    expect(cleanTitle('Intern', 'en')).to.equal('Intern');
    expect(cleanTitle('serveur senior', 'fr')).to.equal('serveur senior');
  });

  it('when a noisy vacancy title names an occupation, then it ranks like the clean title', () => {
    const clean = recognizer.classifyOccupation('sales assistant', { lang: 'en', top: 1 })[0];
    const noisy = recognizer.classifyOccupation('Senior Sales Assistant (m/f/d) - Full-time', { lang: 'en', top: 1 })[0];
    expect(clean?.label).to.equal('sales assistant');
    expect(noisy?.uri).to.equal(clean?.uri);
  });

  it('when "IT" is written in capitals, then it is read as information technology', () => {
    expect(recognizer.classifyOccupation('IT Support Engineer', { lang: 'en', top: 1 })[0]?.label).to.equal('ICT technician');
  });

  it('when an English title names a skill rather than an occupation, then the occupations needing that skill come first', () => {
    expect(recognizer.classifyOccupation('Java Developer', { lang: 'en', top: 1 })[0]?.label).to.equal('ICT system developer');
  });

  it('when a CP2011 title is left out of the index, then the query no longer reaches its unit through that very entry', () => {
    const leaveOneOut = new Cp2011LeaveOneOut(recognizer);
    const title = 'mondina';
    expect(leaveOneOut.entriesTitled(` ${title.toUpperCase()} `)).to.have.length.greaterThan(0);
    const withOwn = recognizer.classifyOccupation(title, { lang: 'it', top: 3 });
    const without = leaveOneOut.classify(title, 3);
    expect(without[0]?.score ?? 0).to.be.below(withOwn[0]!.score);
  });

  it('when an occupation has narrower occupations, then its prior is lower than a specific one with as many CP2011 titles', () => {
    const data = {
      occupations: [occupation('umbrella', 'isco/C5223'), occupation('specific', 'umbrella'), occupation('other', 'isco/C5223')],
      cp2011Titles: [{ code: '5.1.2.2.0.1', unit: '5.1.2.2.0', title: 'commesso' }],
      crosswalk: [{ esco: 'umbrella', cp: '5.1.2.2.0', relation: 'exactMatch' }, { esco: 'other', cp: '5.1.2.2.0', relation: 'exactMatch' }],
    } as unknown as TaxonomyData;
    const [umbrella, specific, other] = buildOccupationPrior(data);
    expect(umbrella).to.be.below(other!);
    expect(other).to.be.above(specific!);
    expect(specific).to.equal(1);
  });

  it('when occupations differ in breadth and depth, then the specificity factor favours the job employers hire for', () => {
    const record = (uri: string, code: string, broader?: string): OccupationRecord => ({ uri, isco: '5223', code, broader, labels: { en: { pref: uri } }, desc: {} });
    const data = {
      occupations: [record('umbrella', '5223.1'), record('leaf-a', '5223.1.1', 'umbrella'), record('leaf-b', '5223.1.2', 'umbrella'), record('plain', '5223.2'), record('deep', '5223.3.1.1')],
    } as unknown as TaxonomyData;
    const [umbrella, leafA, , plain, deep] = buildOccupationSpecificity(data);
    expect(umbrella).to.be.below(plain!);
    expect(deep).to.be.below(leafA!);
    expect(leafA).to.be.below(plain!);
  });

  it('when a title is an umbrella occupation\'s preferred label, then it keeps that occupation; an alternative label of it does not', () => {
    expect(recognizer.classifyOccupation('sales manager', { lang: 'en', top: 1 })[0]?.label).to.equal('sales manager');
    const salesExecutive = recognizer.classifyOccupation('Sales Executive', { lang: 'en', top: 3 }).map((o) => o.label);
    expect(salesExecutive[0]).to.not.equal('sales manager');
    expect(salesExecutive).to.include('sales manager');
  });

  it('when a one-word alternative label is a word many occupations use, then it counts less than a specific one', () => {
    const withAlt = (uri: string, alt: string[]): OccupationRecord => ({ uri, isco: '8322', code: '8322.1', labels: { en: { pref: `${uri} driver`, alt } }, desc: {} });
    const records = [withAlt('hearse', ['driver', 'chauffeur']), ...['bus', 'taxi', 'tram', 'train', 'van'].map((kind) => withAlt(kind, []))];
    const hearse = analysedOccupationLabels(records, 'en').filter((l) => l.occupation === 0);
    const termOf = (word: string): string => occupationQueryTerms(analyse(word, 'en'), 'en')[0]!;
    const weightOf = (word: string): number | undefined => hearse.find((l) => l.terms.length === 1 && l.terms[0] === termOf(word))?.weight;
    expect(weightOf('driver')).to.equal(labelWeights.alternative * genericLabel.weight);
    expect(weightOf('chauffeur')).to.equal(labelWeights.alternative);
    expect(hearse.find((l) => l.terms.length === 2)?.weight).to.equal(labelWeights.preferred);
  });

  it('when a title names the worker, then labels naming the activity rank below those naming the worker', () => {
    const top = (title: string): string | undefined => recognizer.classifyOccupation(title, { lang: 'en', top: 1 })[0]?.label;
    // "retail" is not "retailer" (retail entrepreneur), "marketing" not "marketer", "general" not "generator".
    expect(top('Retail Sales Assistant')).to.equal('sales assistant');
    expect(top('Digital Marketing Assistant')).to.equal('marketing assistant');
    expect(top('General Site Worker')).to.equal('building construction worker');
    // The activity still leads to the worker, a little weaker: "Marketing Executive" reaches the online marketer.
    expect(recognizer.classifyOccupation('Marketing Executive', { lang: 'en', top: 10 }).map((o) => o.label)).to.include('online marketer');
  });
});
