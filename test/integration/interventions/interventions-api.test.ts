import { expect } from 'chai';
import request from 'supertest';
import mongoose from 'mongoose';
import { createTestApp, type TestContext } from '../../support/test-app.js';
import { clearDatabase } from '../../support/test-database.js';
import { loginDemo, seedTestAccounts, withCredentials, type SignedIn } from '../../support/auth.js';
import { InterventionModel } from '../../../src/modules/interventions/intervention.model.js';

const S1 = 'http://data.europa.eu/esco/skill/0dcea846-04b4-4ffc-8c75-a35c991454b1';
const S2 = 'http://data.europa.eu/esco/skill/e99ddf41-6085-4b91-9de8-8bf251af9ced';
const CUP = 'J11B21001230006';

const candidates = () => mongoose.connection.collection<{ _id: string } & Record<string, unknown>>('candidates');

async function insertCandidate(id: string, centreId: string): Promise<void> {
  await candidates().insertOne({
    _id: id, centreId, createdAt: new Date('2026-01-10T09:00:00Z'), updatedAt: new Date('2026-01-10T09:00:00Z'),
    skills: [{ uri: S1, evidence: 'self-declared' }, { uri: S2, evidence: 'certified' }],
    qualifications: [{ title: 'Diploma', country: 'MA', recognition: 'requested' }],
    protected: { gender: 'female', birthYear: 1999, protectionStatus: 'refugee' },
  });
}

const validation = { type: 'competence-validation', startDate: '2026-02-01', endDate: '2026-02-10', provider: 'CPI Torino', fundingLine: 'fse-plus-regional', projectCode: CUP, outcome: 'completed', details: { skills: [S1, S2] } };

describe('interventions API', () => {
  let ctx: TestContext;
  let torino: SignedIn;
  let novara: SignedIn;

  before(async () => {
    ctx = await createTestApp();
  });

  beforeEach(async () => {
    await clearDatabase();
    await seedTestAccounts(ctx.services);
    torino = await loginDemo(ctx.app, 'staff.torino@demo.prima');
    novara = await loginDemo(ctx.app, 'staff.novara@demo.prima');
    await insertCandidate('cand-to', 'cpi-torino');
  });

  const post = (who: SignedIn, candidateId: string, body: unknown) =>
    withCredentials(request(ctx.app).post(`/api/v1/candidates/${candidateId}/interventions`), who).send(body as object);

  it('when a validation is recorded, then covered skills rise to validated, never fall, and matching is told', async () => {
    const saved: string[] = [];
    const off = ctx.services.events.on('candidate.saved', ({ id }) => saved.push(id));
    const res = await post(torino, 'cand-to', validation);
    off();
    expect(res.status).to.equal(201);
    expect(res.body).to.include({ centreId: 'cpi-torino', hasProfileEffect: true });
    expect(res.body.appliedAt).to.be.a('string');
    const stored = await candidates().findOne({ _id: 'cand-to' });
    expect(stored?.skills).to.deep.equal([{ uri: S1, evidence: 'validated' }, { uri: S2, evidence: 'certified' }]);
    expect(saved).to.deep.equal(['cand-to']);
  });

  it('when a recognition is recorded, then the qualification takes the new status', async () => {
    const res = await post(torino, 'cand-to', {
      type: 'qualification-recognition', startDate: '2026-03-01', provider: 'CIMEA', fundingLine: 'fami-prima', projectCode: CUP, outcome: 'completed',
      details: { qualificationIndex: 0, recognition: 'recognised' },
    });
    expect(res.status).to.equal(201);
    const stored = await candidates().findOne({ _id: 'cand-to' });
    expect((stored?.qualifications as { recognition: string }[])[0]?.recognition).to.equal('recognised');
  });

  it('when the input is bad, then it is refused with field errors and nothing is stored', async () => {
    const bad = [
      { ...validation, projectCode: undefined },
      { ...validation, surprise: true },
      { ...validation, endDate: '2026-01-01' },
      { ...validation, details: { skills: ['not-a-uri'] } },
      { ...validation, type: 'qualification-recognition', details: { qualificationIndex: 3, recognition: 'recognised' } },
      { ...validation, type: 'placement', details: { contractType: 'permanent', workplace: { ateco: '99.99.99' } } },
    ];
    for (const body of bad) {
      const res = await post(torino, 'cand-to', body);
      expect(res.status, JSON.stringify(body)).to.equal(400);
      expect(res.body.error.code).to.equal('VALIDATION_FAILED');
    }
    expect(await InterventionModel.countDocuments()).to.equal(0);
    const stored = await candidates().findOne({ _id: 'cand-to' });
    expect((stored?.skills as { evidence: string }[])[0]?.evidence).to.equal('self-declared');
  });

  it("when another centre's staff records or reads a service, then it is forbidden", async () => {
    expect((await post(novara, 'cand-to', validation)).status).to.equal(403);
    expect((await withCredentials(request(ctx.app).get('/api/v1/candidates/cand-to/interventions'), novara)).status).to.equal(403);
    expect((await withCredentials(request(ctx.app).get('/api/v1/interventions?centreId=cpi-torino'), novara)).status).to.equal(403);
    expect(await InterventionModel.countDocuments()).to.equal(0);
  });

  it('when the profile write was lost after the intervention was stored, then the pending effect is applied later, once', async () => {
    await InterventionModel.create({
      _id: 'pending-1', candidateId: 'cand-to', centreId: 'cpi-torino', type: 'competence-certification', startDate: '2026-02-01', provider: 'Ente X',
      staffId: 'u1', fundingLine: 'gol', projectCode: CUP, outcome: 'completed', details: { skills: [S1] }, recordedBy: 'u1', recordedAt: new Date(), hasProfileEffect: true,
    });
    expect(await ctx.services.interventions.applyPendingEffects()).to.equal(1);
    expect(await ctx.services.interventions.applyPendingEffects()).to.equal(0);
    const stored = await candidates().findOne({ _id: 'cand-to' });
    expect((stored?.skills as { evidence: string }[])[0]?.evidence).to.equal('certified');
  });

  it('when staff list their history and services, then they get their own centre only', async () => {
    await post(torino, 'cand-to', validation);
    const history = await withCredentials(request(ctx.app).get('/api/v1/candidates/cand-to/interventions'), torino);
    expect(history.status).to.equal(200);
    expect(history.body.items).to.have.length(1);
    const listed = await withCredentials(request(ctx.app).get('/api/v1/interventions?from=2026-02-05&to=2026-12-31&type=competence-validation'), torino);
    expect(listed.body.items).to.have.length(1);
    const none = await withCredentials(request(ctx.app).get('/api/v1/interventions?from=2026-02-11'), torino);
    expect(none.body.items).to.have.length(0);
  });
});
