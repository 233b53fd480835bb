import { expect } from 'chai';
import { createTestApp, type TestContext } from '../../support/test-app.js';
import { clearDomainCollections, signInStaff, type DomainClient } from '../../support/domain-client.js';
import { testLogger } from '../../support/test-database.js';
import { createServices } from '../../../src/services.js';
import { MatchDecisionModel } from '../../../src/modules/matching/match-decision.model.js';

const occupation = (id: string) => `http://data.europa.eu/esco/occupation/${id}`;
const cook = occupation('90f75f67-495d-49fa-ab57-2f320e251d7e');
const busDriver = occupation('00cee175-1376-43fb-9f02-ba3d7a910a58');

const vacancy = (id: string, extra: Record<string, unknown> = {}) => ({
  id, title: 'Cuoco', description: 'Ristorante in centro cerca cuoco per la linea calda.', lang: 'it',
  location: { comune: 'Torino' }, languages: [{ lang: 'it', level: 'A2' as const }], contract: { type: 'fixed-term' as const, hoursPerWeek: 40 },
  validFrom: '2026-01-01', validThrough: '2099-12-31', ...extra,
});
const registration = (id: string, title: string, extra: Record<string, unknown> = {}) => ({
  candidate: {
    id, summary: `I worked as ${title} for years.`, lang: 'en', experiences: [{ title, years: 4 }],
    languages: [{ lang: 'it', level: 'B1' }], location: { comune: 'Moncalieri' }, mobilityKm: 30,
    workAuthorisation: { status: 'permit', permitReason: 'LAVOR', validUntil: '2099-06-30' },
    protected: { nationality: 'SN', gender: 'male', birthYear: 1990 }, ...extra,
  },
  centreId: 'cpi-torino',
  consents: [{ purpose: 'matching', date: '2026-04-20', recordedBy: 'cpi-torino/operatore-1' }],
});

/** In-process sync runs on the event after the write returns, so reads poll briefly. */
async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 50; i++) {
    const value = await read();
    if (ok(value)) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  return read();
}

describe('matching API', function () {
  this.timeout(300_000);
  let ctx: TestContext;
  let api: DomainClient;
  let vacancyId: string;
  const matchesOf = (id: string, query = '') => api.send('get', `/api/v1/candidates/${id}/matches${query}`);

  before(async () => {
    ctx = await createTestApp();
    api = await signInStaff(ctx);
    await clearDomainCollections();
    await MatchDecisionModel.deleteMany({});
    await ctx.services.matching.ready();
    vacancyId = (await api.send('post', '/api/v1/vacancies').send(vacancy('v-cook', { occupation: cook }))).body.id;
    await api.send('post', '/api/v1/vacancies').send(vacancy('v-bus', { title: 'Autista di autobus', description: 'Trasporto pubblico urbano.', occupation: busDriver }));
    for (const [id, title] of [['c-cook', 'cook'], ['c-driver', 'bus driver']]) {
      expect((await api.send('post', '/api/v1/candidates').send(registration(id!, title!))).status).to.equal(201);
    }
    expect((await api.send('post', '/api/v1/candidates').send(registration('c-none', 'cook', { workAuthorisation: { status: 'none' } }))).status).to.equal(201);
  });

  it('when a candidate is saved, then the matching vacancy comes first with a full explanation', async () => {
    const res = await eventually(() => matchesOf('c-cook', '?lang=en'), (r) => r.body.matches?.length >= 2);
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
    const [best] = res.body.matches;
    expect(best.vacancyId).to.equal(vacancyId);
    expect(best.score).to.be.within(0, 100);
    expect(Object.keys(best.breakdown)).to.have.members(['skills', 'occupation', 'text', 'language', 'location', 'practical']);
    expect(best.breakdown.skills.weight).to.equal(0.35);
    expect(best.occupationMatch).to.equal('same-occupation');
    expect(best.matchedSkills.length).to.be.greaterThan(0);
    expect(best.distanceKm).to.be.lessThan(30);
    expect(best.reasons.it.length).to.be.greaterThan(0);
    expect(best.reasons.en.join(' ')).to.include('same occupation');
  });

  it('when a vacancy is asked for, then its candidates are ranked and ineligible ones show only with explain=all', async () => {
    const eligible = (await api.send('get', `/api/v1/vacancies/${vacancyId}/matches`)).body.matches;
    expect(eligible[0].candidateId).to.equal('c-cook');
    expect(eligible.map((m: { candidateId: string }) => m.candidateId)).to.not.include('c-none');
    const all = (await api.send('get', `/api/v1/vacancies/${vacancyId}/matches?explain=all`)).body.matches;
    const refused = all.find((m: { candidateId: string }) => m.candidateId === 'c-none');
    expect(refused).to.include({ eligible: false });
    expect(refused.ineligibleReasons).to.deep.equal(['not-authorised']);
  });

  it('when a province is given, then only vacancies there are listed', async () => {
    expect((await matchesOf('c-cook', '?province=TO')).body.matches.length).to.be.greaterThan(0);
    expect((await matchesOf('c-cook', '?province=MI')).body.matches).to.deep.equal([]);
  });

  it('when decisions are recorded, then history is kept, scores stay and decided pairs can be hidden', async () => {
    const before = (await matchesOf('c-cook')).body.matches[0];
    const proposed = await api.send('post', '/api/v1/matches/decisions').send({ candidateId: 'c-cook', vacancyId, status: 'proposed' });
    expect(proposed.status, JSON.stringify(proposed.body)).to.equal(201);
    const noReason = await api.send('post', '/api/v1/matches/decisions').send({ candidateId: 'c-cook', vacancyId, status: 'declined' });
    expect(noReason.status).to.equal(400);
    await api.send('post', '/api/v1/matches/decisions').send({ candidateId: 'c-cook', vacancyId, status: 'declined', reason: 'turni notturni' });
    const history = (await api.send('get', `/api/v1/matches/decisions?candidateId=c-cook`)).body.items;
    expect(history.map((d: { status: string }) => d.status)).to.deep.equal(['proposed', 'declined']);
    expect((await matchesOf('c-cook')).body.matches[0]).to.deep.equal(before);
    const hidden = (await matchesOf('c-cook', '?hideDecided=true')).body.matches;
    expect(hidden.map((m: { vacancyId: string }) => m.vacancyId)).to.not.include(vacancyId);
  });

  it('when an unstored profile is posted, then it gets matches; when both sides are given, then 400', async () => {
    const res = await api.send('post', '/api/v1/match').send({ candidate: registration('c-tmp', 'cook').candidate, top: 1 });
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
    expect(res.body.matches[0].vacancyId).to.equal(vacancyId);
    const both = await api.send('post', '/api/v1/match').send({ candidate: registration('x', 'cook').candidate, vacancy: vacancy('y') });
    expect(both.status).to.equal(400);
  });

  it('when a stored candidate moves, then their list follows the indexed profile, and a save still being indexed is read afresh', async () => {
    const distanceTo = async () => ((await matchesOf('c-moving')).body.matches as { vacancyId: string; distanceKm: number }[])
      .find((m) => m.vacancyId === vacancyId)?.distanceKm;
    expect((await api.send('post', '/api/v1/candidates').send(registration('c-moving', 'cook'))).status).to.equal(201);
    expect(await eventually(() => distanceTo(), (km) => km !== undefined)).to.be.lessThan(30);
    // Another process's save reaches the index, and so the list, at the next catch-up: the list reads no record.
    const other = createServices({ logger: testLogger });
    await other.candidates.patchCandidate('c-moving', { location: { comune: 'Milano' }, mobilityKm: 200 });
    expect(await distanceTo()).to.be.lessThan(30);
    expect(await ctx.services.matching.catchUp()).to.be.greaterThan(0);
    expect(await distanceTo()).to.be.greaterThan(100);
    // A save announced in this process is listed at once: while the index is still reading it, the list reads the record.
    await other.candidates.patchCandidate('c-moving', { location: { comune: 'Moncalieri' }, mobilityKm: 30 });
    ctx.services.events.emit('candidate.saved', { id: 'c-moving' });
    const listed = await ctx.services.matching.vacanciesForStoredCandidate('c-moving', { top: 10, explain: 'eligible', hideDecided: false, lang: 'it' });
    expect(listed.find((m) => m.vacancyId === vacancyId)?.distanceKm).to.be.lessThan(30);
  });

  it('when another process writes a vacancy, then catching up by updatedAt brings it in; when closed, it leaves', async () => {
    const other = createServices({ logger: testLogger });
    const created = await other.vacancies.createVacancy(vacancy('v-other', { occupation: cook, location: { comune: 'Nichelino' } }));
    expect((await matchesOf('c-cook')).body.matches.map((m: { vacancyId: string }) => m.vacancyId)).to.not.include(created.id);
    expect(await ctx.services.matching.catchUp()).to.be.greaterThan(0);
    expect((await matchesOf('c-cook')).body.matches.map((m: { vacancyId: string }) => m.vacancyId)).to.include(created.id);
    await api.send('delete', `/api/v1/vacancies/${created.id}`);
    const after = await eventually(() => matchesOf('c-cook'), (r) => !r.body.matches.some((m: { vacancyId: string }) => m.vacancyId === created.id));
    expect(after.body.matches.map((m: { vacancyId: string }) => m.vacancyId)).to.not.include(created.id);
  });

  it('when a candidate is erased, then their decisions go too and they leave the index', async () => {
    const before = (await api.send('get', `/api/v1/vacancies/${vacancyId}/matches`)).body.matches;
    expect(before.map((m: { candidateId: string }) => m.candidateId)).to.include('c-driver');
    await api.send('post', '/api/v1/matches/decisions').send({ candidateId: 'c-driver', vacancyId, status: 'proposed' });
    const erased = await api.send('post', '/api/v1/candidates/c-driver/erasure').send({ reason: 'richiesta della persona' });
    expect(erased.status, JSON.stringify(erased.body)).to.equal(200);
    expect(await MatchDecisionModel.countDocuments({ candidateId: 'c-driver' })).to.equal(0);
    const listed = (await api.send('get', `/api/v1/vacancies/${vacancyId}/matches`)).body.matches;
    expect(listed.map((m: { candidateId: string }) => m.candidateId)).to.not.include('c-driver');
  });

  it('when the fairness audit reads everyone, then each candidate has their own protected block and the score their match list shows', async () => {
    const everyone = new Map<string, unknown>();
    for await (const c of ctx.services.candidates.streamWithProtected()) everyone.set(c.id, c.protected);
    expect(everyone.get('c-cook')).to.deep.equal({ nationality: 'SN', gender: 'male', birthYear: 1990 });
    expect([...everyone.keys()]).to.include.members(['c-cook', 'c-none']);
    const listed = (await matchesOf('c-cook')).body.matches[0].score;
    expect(await ctx.services.matching.bestScoreOf('c-cook')).to.equal(listed);
    expect(await ctx.services.matching.bestScoreOf('c-none')).to.equal(undefined);
  });

  it('when the OpenAPI document is read, then the matching paths are in it', async () => {
    const doc = (await api.send('get', '/api/v1/openapi.json')).body;
    expect(doc.paths).to.include.keys('/candidates/{id}/matches', '/vacancies/{id}/matches', '/match', '/matches/decisions');
  });
});
