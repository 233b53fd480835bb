import { expect } from 'chai';
import request from 'supertest';
import { Writable } from 'node:stream';
import { createApp } from '../../../src/app.js';
import { createLogger } from '../../../src/platform/logger.js';
import { createServices, type Services } from '../../../src/services.js';
import { pingDatabase } from '../../../src/platform/db/connect.js';
import { clearDatabase, useTestDatabase } from '../../support/test-database.js';
import { loginDemo, seedTestAccounts, withCredentials } from '../../support/auth.js';
import { insertFixtureCandidate, registerCandidateFixture } from '../../support/candidate-fixture.js';
import type { FairnessRecord } from '../../../src/modules/audit/fairness/fairness.report.js';

const secret = { familyName: 'Zyxwvutsson', email: 'zyx.private@example.org', phone: '+39 333 0001112', password: 'demo-staff-password' };

describe('fairness audit and personal data in logs', () => {
  const captured: string[] = [];
  let services: Services;
  let app: ReturnType<typeof createApp>;

  before(async () => {
    await useTestDatabase();
    await clearDatabase();
    const sink = new Writable({ write: (chunk, _enc, done) => void (captured.push(String(chunk)), done()) });
    const logger = createLogger('trace', sink);
    services = createServices({ logger });
    app = createApp({ logger, bodyLimit: '64kb', services, isDatabaseReady: pingDatabase });
    await seedTestAccounts(services);
    registerCandidateFixture(services);
  });

  it('when the fairness report is asked for, then groups below k are suppressed and four-fifths breaches flagged', async () => {
    const records: FairnessRecord[] = [
      ...Array.from({ length: 12 }, (_, i) => ({ protected: { gender: 'female' }, score: 50, recommended: i < 3, placed: false })),
      ...Array.from({ length: 12 }, (_, i) => ({ protected: { gender: 'male' }, score: 70, recommended: i < 6, placed: false })),
      ...Array.from({ length: 3 }, () => ({ protected: { gender: 'other' }, score: 60, recommended: true, placed: true })),
    ];
    services.audit.fairness.setSource(async () => records);
    const officer = await loginDemo(app, 'officer.piemonte@demo.prima');
    const res = await withCredentials(request(app).get('/api/v1/audit/fairness'), officer);
    expect(res.status).to.equal(200);
    const gender = res.body.attributes.find((a: { attribute: string }) => a.attribute === 'gender');
    expect(gender.groups.map((g: { group: string }) => g.group)).to.deep.equal(['female', 'male']);
    expect(gender.suppressedCandidates).to.equal(3);
    expect(gender.groups[0]).to.include({ recommendationDisparity: 0.5, flagged: true });
    const lowered = await withCredentials(request(app).get('/api/v1/audit/fairness?k=2'), officer);
    expect(lowered.body.minGroupSize).to.equal(services.config.FAIRNESS_MIN_GROUP_SIZE);
  });

  it('when API calls carry personal data, then none of it reaches the logs', async () => {
    await insertFixtureCandidate({ _id: 'cand-log-1', centreId: 'cpi-torino', identity: secret });
    const staff = await loginDemo(app, 'staff.torino@demo.prima');
    await withCredentials(request(app).get('/api/v1/candidates/cand-log-1/export'), staff).expect(200);
    await withCredentials(request(app).post('/api/v1/candidates/cand-log-1/erasure'), staff).send({ reason: `asked by ${secret.familyName}` }).expect(200);
    await request(app).post('/api/v1/auth/login').send({ username: secret.email, password: secret.password }).expect(401);
    await request(app).get(`/api/v1/audit?candidateId=${secret.familyName}`).expect(401);
    const logs = captured.join('');
    expect(logs).to.contain('/api/v1/candidates/cand-log-1/export');
    for (const value of Object.values(secret)) expect(logs).not.to.contain(value);
    expect(logs).not.to.match(/prima_session=|x-csrf-token":"[^[]/);
  });
});
