import { expect } from 'chai';
import request from 'supertest';
import mongoose from 'mongoose';
import { createTestApp, type TestContext } from '../../support/test-app.js';
import { clearDatabase } from '../../support/test-database.js';
import { loginDemo, seedTestAccounts, withCredentials } from '../../support/auth.js';
import { enforceRetention } from '../../../src/modules/privacy/retention.job.js';

const registration = (id: string) => ({
  candidate: { id, summary: 'Magazziniere', lang: 'it', languages: [{ lang: 'it', level: 'A2' }] },
  identity: { givenName: 'Retention', familyName: 'Testcase' },
});

describe('retention of real candidate records', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestApp();
    await clearDatabase();
    await seedTestAccounts(ctx.services);
    const staff = await loginDemo(ctx.app, 'staff.torino@demo.prima');
    for (const id of ['ret-old', 'ret-new']) await withCredentials(request(ctx.app).post('/api/v1/candidates'), staff).send(registration(id)).expect(201);
    await mongoose.connection.collection('candidates').updateOne({ _id: 'ret-old' as never }, { $set: { updatedAt: new Date('2020-01-01T00:00:00Z') } });
  });

  it('when the retention job runs, then the inactive candidate is erased with identity and consents, and the active one stays', async () => {
    const summary = await enforceRetention({ privacy: ctx.services.privacy, audit: ctx.services.audit, logger: ctx.services.logger }, { candidateDays: 730, auditDays: 1825 });
    expect(summary.candidatesErased).to.equal(1);
    const left = await mongoose.connection.collection('candidates').find({}).toArray();
    expect(left.map((d) => d._id)).to.deep.equal(['ret-new']);
    expect(await mongoose.connection.collection('candidate_identities').countDocuments({ _id: 'ret-old' as never })).to.equal(0);
    const trail = await ctx.services.audit.query({ candidateId: 'ret-old', limit: 10 });
    expect(trail.map((e) => e.action)).to.include('retention.erase');
  });
});
