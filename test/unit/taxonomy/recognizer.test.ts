import { expect } from 'chai';
import { loadRecognizer, TaxonomyRecognizer } from '../../../src/modules/taxonomy/taxonomy.recognizer.js';

const uriOf = (label: string, r: TaxonomyRecognizer): string =>
  [...r.parts.taxonomy.allSkills()].find((s) => s.label === label)?.uri ?? `missing ${label}`;

describe('concept recognizer', function () {
  this.timeout(180_000);
  let recognizer: TaxonomyRecognizer;
  before(() => {
    recognizer = loadRecognizer();
  });

  it('when the language is not given, then it is detected for sentences and titles', () => {
    expect(recognizer.detectLanguage('Cerchiamo un cameriere con esperienza nel servizio ai tavoli')).to.equal('it');
    expect(recognizer.detectLanguage('We are looking for a warehouse operator')).to.equal('en');
    expect(recognizer.detectLanguage('Nous recherchons un plombier pour notre entreprise')).to.equal('fr');
    expect(recognizer.detectLanguage('Buscamos camarero con experiencia')).to.equal('es');
    expect(recognizer.detectLanguage('عامل نظافة')).to.equal('ar');
  });

  it('when skills are analysed without a language, then the detected language comes back with the skills read in it', () => {
    const text = 'Cerchiamo un cameriere con esperienza nel servizio ai tavoli';
    const { lang, skills } = recognizer.analyseSkills(text, { top: 5 });
    expect(lang).to.equal(recognizer.detectLanguage(text)).and.to.equal('it');
    expect(skills).to.have.length(5);
    // Read as Italian: the waiter's table service comes first.
    expect(skills[0]?.label).to.equal('serve food in table service');
  });

  it('when an occupation is analysed with a description, then the language is detected on both and the description counts', () => {
    const title = 'addetto';
    const text = 'raccolta di frutta e verdura nei campi, potatura degli alberi';
    const { lang, occupations } = recognizer.analyseOccupation(title, { text, top: 5 });
    expect(lang).to.equal(recognizer.detectLanguage(`${title} ${text}`)).and.to.equal('it');
    // The fruit and vegetable words lead to the greengrocer's assistant, which the bare title ranks below.
    const labels = occupations.map((o) => o.label);
    expect(labels).to.include('addetto alla vendita di prodotti ortofrutticoli/addetta alla vendita di prodotti ortofrutticoli');
    expect(recognizer.classifyOccupation(title, { lang: 'it', top: 5 }).map((o) => o.label)).not.to.deep.equal(labels);
  });

  it('when an English job-ad sentence names skills, then they rank first with their spans', () => {
    const text = 'Experience with Java and SQL is required';
    const skills = recognizer.extractSkills(text, { lang: 'en', top: 5 });
    const uris = skills.slice(0, 3).map((s) => s.uri);
    expect(uris).to.include(uriOf('SQL', recognizer));
    expect(uris).to.include(uriOf('Java (computer programming)', recognizer));
    const sql = skills.find((s) => s.uri === uriOf('SQL', recognizer));
    expect(sql?.span?.text).to.equal('SQL');
  });

  it('when an Italian vacancy names tasks of the lexicon, then the ESCO skills are found', () => {
    const skills = recognizer.extractSkills('Cercasi carrellista con esperienza di carico e scarico merci', { top: 5 });
    expect(skills.map((s) => s.uri)).to.include(uriOf('operate forklift', recognizer));
  });

  it('when the recognizer is loaded, then every occupation already has its essential and optional skill numbers', () => {
    const { parts } = recognizer;
    const table = parts.occupationSkills;
    expect(table).to.have.length(parts.occupations.uris.length);
    const waiterUri = [...parts.taxonomy.allOccupations()].find((o) => o.label === 'waiter/waitress')?.uri ?? 'missing waiter';
    const waiter = table[parts.occupations.uris.indexOf(waiterUri)];
    const concept = parts.taxonomy.getOccupation(waiterUri);
    expect(waiter?.essential).to.be.an.instanceOf(Int32Array);
    expect([...(waiter?.essential ?? [])].map((skill) => parts.skills.uris[skill])).to.deep.equal(concept?.essentialSkills);
    expect([...(waiter?.optional ?? [])].map((skill) => parts.skills.uris[skill])).to.deep.equal(concept?.optionalSkills);
  });

  it('when an occupation is named, then its skills come from the table built at load and from nothing else', () => {
    const text = 'Cerchiamo un cameriere';
    const serveFood = uriOf('serve food in table service', recognizer);
    expect(recognizer.extractSkills(text, { lang: 'it', top: 30 }).map((s) => s.uri)).to.include(serveFood);
    const withoutTable = new TaxonomyRecognizer({ ...recognizer.parts, occupationSkills: recognizer.parts.occupationSkills.map(() => null) });
    expect(withoutTable.extractSkills(text, { lang: 'it', top: 30 }).map((s) => s.uri)).not.to.include(serveFood);
  });

  it('when an Italian text names an occupation, then its essential skills are reached', () => {
    const skills = recognizer.extractSkills('Cerchiamo un cameriere', { lang: 'it', top: 30 });
    expect(skills.map((s) => s.uri)).to.include(uriOf('serve food in table service', recognizer));
  });

  it('when job titles come in several languages, then the same ESCO occupation ranks first', () => {
    const waiter = recognizer.classifyOccupation('waiter', { lang: 'en' })[0]?.uri;
    expect(waiter).to.be.a('string');
    for (const title of ['cameriere', 'camarero', 'serveur']) expect(recognizer.classifyOccupation(title)[0]?.uri).to.equal(waiter);
  });

  it('when an Italian title is a CP2011 title, then the crosswalk leads to ESCO occupations', () => {
    const results = recognizer.classifyOccupation('mondina', { lang: 'it', top: 5 });
    expect(results.length).to.be.greaterThan(0);
    expect(results[0]!.label).to.be.a('string');
  });

  it('when a label is returned, then it is in the language of the input when ESCO has it', () => {
    const [first] = recognizer.classifyOccupation('cameriere', { lang: 'it' });
    expect(first?.label).to.match(/camerier/);
  });
});
