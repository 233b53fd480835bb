import { expect } from 'chai';
import { createTestApp, type TestContext } from '../../support/test-app.js';
import { signInIntegration, signInStaff, type DomainClient } from '../../support/domain-client.js';

const unknownOccupation = 'http://data.europa.eu/esco/occupation/c7d8b1f2-8e8c-4c05-b14b-3d2bb3b0e5b8';
const unknownSkill = 'http://data.europa.eu/esco/skill/2ac14d1c-4da5-4a28-8a0f-8e3e3d2d2d3b';

describe('taxonomy API', () => {
  let ctx: TestContext;
  let staff: DomainClient;
  let integration: DomainClient;
  let officer: DomainClient;

  before(async () => {
    ctx = await createTestApp();
    staff = await signInStaff(ctx);
    integration = await signInIntegration(ctx);
    officer = await signInStaff(ctx, 'officer.piemonte@demo.prima');
  });

  it('when occupations are autocompleted in Italian, then Italian labels come back', async () => {
    const res = await staff.send('get', '/api/v1/taxonomy/occupations').query({ q: 'camerier', lang: 'it', limit: '5' });
    expect(res.status).to.equal(200);
    expect(res.body.items).to.have.length.within(1, 5);
    expect(res.body.items.map((i: { label: string }) => i.label).join(' ')).to.match(/camerier/i);
  });

  it('when skills are autocompleted in English, then each suggestion carries its URI and label', async () => {
    const res = await integration.send('get', '/api/v1/taxonomy/skills').query({ q: 'fork', lang: 'en' });
    expect(res.status).to.equal(200);
    expect(res.body.items[0].uri).to.match(/^http:\/\/data\.europa\.eu\/esco\/skill\//);
    expect(res.body.items.some((i: { matched: string }) => /fork/i.test(i.matched))).to.equal(true);
  });

  it('when the query is empty or has an unknown key, then the answer is 400', async () => {
    expect((await staff.send('get', '/api/v1/taxonomy/skills')).status).to.equal(400);
    expect((await staff.send('get', '/api/v1/taxonomy/skills').query({ q: 'a', size: '3' })).status).to.equal(400);
  });

  it('when an occupation is looked up by encoded URI in Italian, then labels are Italian and skills are linked', async () => {
    const found = await staff.send('post', '/api/v1/analyse/occupation').send({ title: 'waiter', lang: 'en', top: 1 });
    const uri: string = found.body.occupations[0].uri;
    const res = await staff.send('get', `/api/v1/taxonomy/occupations/${encodeURIComponent(uri)}`).query({ lang: 'it' });
    expect(res.status).to.equal(200);
    expect(res.body).to.include({ uri, labelLang: 'it' });
    expect(res.body.iscoGroup).to.match(/^\d{4}$/);
    expect(res.body.essentialSkills.length).to.be.greaterThan(0);
  });

  it('when a skill has no label in the requested language, then English is the fallback and ?uri= works too', async () => {
    const found = await staff.send('post', '/api/v1/analyse/skills').send({ text: 'Drive a forklift in the warehouse.', lang: 'en', top: 1 });
    const uri: string = found.body.skills[0].uri;
    const res = await staff.send('get', '/api/v1/taxonomy/skills/by-uri').query({ uri, lang: 'ar' });
    expect(res.status).to.equal(200);
    expect(res.body).to.include({ uri, labelLang: 'en' });
    const byId = await staff.send('get', `/api/v1/taxonomy/skills/${uri.split('/').pop()}`);
    expect(byId.body.uri).to.equal(uri);
  });

  it('when an unknown URI is looked up, then the answer is 404', async () => {
    expect((await staff.send('get', `/api/v1/taxonomy/occupations/${encodeURIComponent(unknownOccupation)}`)).status).to.equal(404);
    expect((await staff.send('get', `/api/v1/taxonomy/skills/${encodeURIComponent(unknownSkill)}`)).status).to.equal(404);
  });

  it('when an Italian vacancy text is analysed without lang, then the language is detected and skills have spans', async () => {
    const res = await integration.send('post', '/api/v1/analyse/skills').send({ text: 'Cerchiamo cameriere di sala per servire ai tavoli e pulire la cucina.' });
    expect(res.status).to.equal(200);
    expect(res.body.lang).to.equal('it');
    expect(res.body.skills.length).to.be.within(1, 10);
    expect(res.body.skills[0]).to.have.keys('uri', 'label', 'score', 'span');
  });

  it('when a French title is classified, then the top occupation is labelled in French', async () => {
    const res = await staff.send('post', '/api/v1/analyse/occupation').send({ title: 'serveur de restaurant', top: 3 });
    expect(res.status).to.equal(200);
    expect(res.body.lang).to.equal('fr');
    expect(res.body.occupations).to.have.length(3);
    expect(res.body.occupations[0].label).to.match(/serveu/i);
  });

  it('when the body is malformed or the caller may not analyse, then 400 and 403', async () => {
    expect((await staff.send('post', '/api/v1/analyse/skills').send({ text: 'x', extra: 1 })).status).to.equal(400);
    expect((await staff.send('post', '/api/v1/analyse/occupation').send({ title: 'chef', top: 500 })).status).to.equal(400);
    expect((await officer.send('post', '/api/v1/analyse/skills').send({ text: 'cook' })).status).to.equal(403);
  });
});
