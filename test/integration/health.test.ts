import { expect } from 'chai';
import request from 'supertest';
import { createTestApp, type TestContext } from '../support/test-app.js';

describe('health and platform routes', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestApp();
  });

  it('when the process is up, then /healthz answers ok', async () => {
    const res = await request(ctx.app).get('/healthz');
    expect(res.status).to.equal(200);
    expect(res.body).to.deep.equal({ status: 'ok' });
  });

  it('when the database answers, then /readyz is ready', async () => {
    const res = await request(ctx.app).get('/readyz');
    expect(res.status).to.equal(200);
    expect(res.body.checks.database).to.equal(true);
  });

  it('when a route does not exist, then the answer is 404 with a code', async () => {
    const res = await request(ctx.app).get('/api/v1/nothing-here');
    expect(res.status).to.equal(404);
    expect(res.body.error.code).to.equal('NOT_FOUND');
  });

  it('when the body is not JSON, then the answer is 400', async () => {
    const res = await request(ctx.app).post('/api/v1/anything').set('content-type', 'application/json').send('{"a":');
    expect(res.status).to.equal(400);
    expect(res.body.error.code).to.equal('VALIDATION_FAILED');
  });

  it('when a body key starts with $, then the answer is 400 naming the field', async () => {
    const res = await request(ctx.app).post('/api/v1/anything').send({ extra: { $where: '1' } });
    expect(res.status).to.equal(400);
    expect(res.body.error.issues[0].path).to.equal('body.extra.$where');
  });

  it('when the body is larger than the limit, then the answer is 413', async () => {
    const res = await request(ctx.app).post('/api/v1/anything').send({ text: 'x'.repeat(70_000) });
    expect(res.status).to.equal(413);
    expect(res.body.error.code).to.equal('PAYLOAD_TOO_LARGE');
  });

  it('when the OpenAPI document is asked for, then it is version 3.1', async () => {
    const res = await request(ctx.app).get('/api/v1/openapi.json');
    expect(res.status).to.equal(200);
    expect(res.body.openapi).to.equal('3.1.0');
  });
});
