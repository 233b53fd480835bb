import { expect } from 'chai';
import request from 'supertest';
import mongoose from 'mongoose';
import { createTestApp, type TestContext } from '../../support/test-app.js';
import { clearDatabase } from '../../support/test-database.js';
import { loginAs, loginDemo, seedTestAccounts, withCredentials } from '../../support/auth.js';
import { demoApiKey } from '../../../src/modules/identity/demo-accounts.js';

describe('authentication', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestApp();
    await clearDatabase();
    await seedTestAccounts(ctx.services);
  });

  it('when a user logs in, then the session cookie is httpOnly and SameSite=Strict and /auth/me names them', async () => {
    const session = await loginDemo(ctx.app, 'staff.torino@demo.prima');
    const sessionCookie = session.setCookie.find((c) => c.startsWith('prima_session='));
    expect(sessionCookie).to.match(/HttpOnly/).and.to.match(/SameSite=Strict/);
    const me = await withCredentials(request(ctx.app).get('/api/v1/auth/me'), session);
    expect(me.status).to.equal(200);
    expect(me.body.principal).to.include({ kind: 'user', centreId: 'cpi-torino', provinceCode: '001', regionCode: '01' });
  });

  it('when the password is wrong or the user unknown, then both get the same 401', async () => {
    const wrong = await request(ctx.app).post('/api/v1/auth/login').send({ username: 'admin@demo.prima', password: 'nope' });
    const unknown = await request(ctx.app).post('/api/v1/auth/login').send({ username: 'ghost@demo.prima', password: 'nope' });
    expect([wrong.status, unknown.status]).to.deep.equal([401, 401]);
    expect(wrong.body.error.message).to.equal(unknown.body.error.message);
  });

  it('when a login body has unknown keys or operators, then it is rejected with 400', async () => {
    const extra = await request(ctx.app).post('/api/v1/auth/login').send({ username: 'admin@demo.prima', password: 'x', admin: true });
    const operator = await request(ctx.app).post('/api/v1/auth/login').send({ username: { $ne: '' }, password: 'x' });
    expect([extra.status, operator.status]).to.deep.equal([400, 400]);
  });

  it('when an account fails too often, then it is locked even with the right password', async () => {
    await ctx.services.identity.admin.createUser({ username: 'lockme@test.prima', displayName: 'L', password: 'a-long-password-1', roles: ['admin'] });
    for (let i = 0; i < ctx.services.config.LOGIN_MAX_FAILURES; i += 1) {
      await request(ctx.app).post('/api/v1/auth/login').send({ username: 'lockme@test.prima', password: 'wrong-password' });
    }
    const res = await request(ctx.app).post('/api/v1/auth/login').send({ username: 'lockme@test.prima', password: 'a-long-password-1' });
    expect(res.status).to.equal(429);
    expect(res.body.error.code).to.equal('RATE_LIMITED');
  });

  it('when a cookie session sends an unsafe request without the CSRF token, then it is refused; with it, it passes', async () => {
    const session = await loginDemo(ctx.app, 'admin@demo.prima');
    const body = { name: 'feed', scopes: ['vacancies:read'] };
    const without = await request(ctx.app).post('/api/v1/admin/api-keys').set('cookie', session.cookie).send(body);
    expect(without.status).to.equal(403);
    const forged = await request(ctx.app).post('/api/v1/admin/api-keys').set('cookie', session.cookie).set('x-csrf-token', 'forged').send(body);
    expect(forged.status).to.equal(403);
    const withToken = await withCredentials(request(ctx.app).post('/api/v1/admin/api-keys'), session).send(body);
    expect(withToken.status).to.equal(201);
    expect(withToken.body.key).to.match(/^prima_[0-9a-f]{12}_/);
    expect(withToken.body.apiKey).not.to.have.property('secretHash');
  });

  it('when an API key is used, then it needs no CSRF token; forged, revoked or malformed keys get 401', async () => {
    const admin = await loginDemo(ctx.app, 'admin@demo.prima');
    const created = await withCredentials(request(ctx.app).post('/api/v1/admin/api-keys'), admin).send({ name: 'x', scopes: ['reference:read'] });
    const bearer = `Bearer ${created.body.key as string}`;
    expect((await request(ctx.app).get('/api/v1/auth/me').set('authorization', bearer)).body.principal).to.include({ kind: 'api-key' });
    const forged = `${bearer.slice(0, -4)}AAAA`;
    expect((await request(ctx.app).get('/api/v1/auth/me').set('authorization', forged)).status).to.equal(401);
    expect((await request(ctx.app).get('/api/v1/auth/me').set('authorization', 'Basic YTpi')).status).to.equal(401);
    await withCredentials(request(ctx.app).delete(`/api/v1/admin/api-keys/${created.body.apiKey.id as string}`), admin);
    expect((await request(ctx.app).get('/api/v1/auth/me').set('authorization', bearer)).status).to.equal(401);
  });

  it('when the demo integration key calls, then it is an integration principal with its scopes', async () => {
    const me = await request(ctx.app).get('/api/v1/auth/me').set('authorization', `Bearer ${demoApiKey.key}`);
    expect(me.body.principal.roles).to.deep.equal(['integration']);
    expect(me.body.principal.scopes).to.include('ingest:write');
  });

  it('when a session has expired or the user logged out, then the cookie no longer authenticates', async () => {
    const expired = await loginDemo(ctx.app, 'employer@demo.prima');
    await mongoose.connection.collection('sessions').updateMany({}, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await withCredentials(request(ctx.app).get('/api/v1/auth/me'), expired)).status).to.equal(401);
    const session = await loginDemo(ctx.app, 'employer@demo.prima');
    expect((await withCredentials(request(ctx.app).post('/api/v1/auth/logout'), session)).status).to.equal(204);
    expect((await withCredentials(request(ctx.app).get('/api/v1/auth/me'), session)).status).to.equal(401);
  });

  it('when the stored session token is looked at, then only its hash is in the database', async () => {
    const session = await loginDemo(ctx.app, 'admin@demo.prima');
    const token = session.setCookie.find((c) => c.startsWith('prima_session='))!.split(';')[0]!.split('=')[1]!;
    const stored = await mongoose.connection.collection('sessions').find({}).toArray();
    expect(JSON.stringify(stored)).not.to.contain(token);
    expect(stored.length).to.be.greaterThan(0);
  });

  it('when an admin creates a user, then that user can log in; a disabled user cannot', async () => {
    const admin = await loginDemo(ctx.app, 'admin@demo.prima');
    const created = await withCredentials(request(ctx.app).post('/api/v1/admin/users'), admin)
      .send({ username: 'new.staff@test.prima', displayName: 'New', password: 'another-long-password', roles: ['staff'], centreId: 'cpi-novara' });
    expect(created.status).to.equal(201);
    expect(created.body).not.to.have.property('passwordHash');
    await loginAs(ctx.app, 'new.staff@test.prima', 'another-long-password');
    await withCredentials(request(ctx.app).patch(`/api/v1/admin/users/${created.body.id as string}`), admin).send({ disabled: true });
    const res = await request(ctx.app).post('/api/v1/auth/login').send({ username: 'new.staff@test.prima', password: 'another-long-password' });
    expect(res.status).to.equal(401);
  });

  it('when staff are created without a centre, then the request is rejected', async () => {
    const admin = await loginDemo(ctx.app, 'admin@demo.prima');
    const res = await withCredentials(request(ctx.app).post('/api/v1/admin/users'), admin)
      .send({ username: 'x.staff@test.prima', displayName: 'X', password: 'another-long-password', roles: ['staff'] });
    expect(res.status).to.equal(400);
  });
});
