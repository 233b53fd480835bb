import { expect } from 'chai';
import { createTestApp, type TestContext } from '../../support/test-app.js';
import { signInStaff, signInIntegration, type DomainClient } from '../../support/domain-client.js';
import { FeedServer } from '../../support/feed-server.js';
import { clearIngestion, fastFetch, vacancy } from './ingestion-fixtures.js';

describe('ingestion API', function () {
  this.timeout(60_000);
  let ctx: TestContext;
  let feed: FeedServer;
  let admin: DomainClient;
  let staff: DomainClient;
  let integration: DomainClient;
  before(async () => {
    ctx = await createTestApp();
    feed = await new FeedServer().start();
    admin = await signInStaff(ctx, 'admin@demo.prima');
    staff = await signInStaff(ctx);
    integration = await signInIntegration(ctx);
  });
  beforeEach(clearIngestion);
  after(() => feed.stop());

  it('when an admin creates a source with an API key, then it is stored and the key is never shown back', async () => {
    const url = feed.json('/api-feed', [vacancy('1')]);
    const created = await admin.send('post', '/api/v1/ingestion/sources').send({ name: 'api-feed', url, format: 'interchange-json', apiKey: 'top-secret', headers: { 'x-tenant': 'pie' }, fetch: fastFetch });
    expect(created.status).to.equal(201);
    expect(JSON.stringify(created.body)).to.not.include('top-secret');
    expect(created.body).to.include({ apiKeySet: true, timezone: 'Europe/Rome', enabled: true });
    const invalid = await admin.send('post', '/api/v1/ingestion/sources').send({ name: 'bad', url, format: 'csv', schedule: 'every day' });
    expect(invalid.status).to.equal(400);
    expect(invalid.body.error.issues[0].path).to.equal('schedule');
  });

  it('when a run is triggered over the API, then its counts are logged and readable, and the feed got the key', async () => {
    const url = feed.json('/api-run', [vacancy('1'), { id: 'x', title: 'Bad', location: { comune: 'Nowhere-land' } }]);
    await admin.send('post', '/api/v1/ingestion/sources').send({ name: 'api-run', url, format: 'interchange-json', apiKey: 'k-1', fetch: fastFetch });
    const run = await integration.send('post', '/api/v1/ingestion/sources/api-run/runs');
    expect(run.status).to.equal(201);
    expect(run.body.counts).to.include({ created: 1, quarantined: 1 });
    expect(feed.requests.find((r) => r.path === '/api-run')?.headers['x-api-key']).to.equal('k-1');
    const log = await staff.send('get', '/api/v1/ingestion/sources/api-run/runs');
    expect(log.body.items[0].id).to.equal(run.body.id);
    expect(log.body.items[0].timings).to.have.keys(['fetchMs', 'validateMs', 'analyseMs', 'writeMs', 'totalMs']);
  });

  it('when staff fix a quarantined record and replay it, then the vacancy is created and the entry closed', async () => {
    const url = feed.json('/api-quarantine', [vacancy('q1', { location: { comune: 'Torin' } })]);
    await admin.send('post', '/api/v1/ingestion/sources').send({ name: 'api-q', url, format: 'interchange-json', fetch: fastFetch });
    await admin.send('post', '/api/v1/ingestion/sources/api-q/runs');
    const list = await staff.send('get', '/api/v1/ingestion/quarantine?source=api-q');
    expect(list.body.items).to.have.length(1);
    const id = list.body.items[0].id as string;
    const badFix = await staff.send('put', `/api/v1/ingestion/quarantine/${id}`).send({ ...vacancy('q1'), title: '' });
    expect(badFix.status).to.equal(400);
    expect((await staff.send('put', `/api/v1/ingestion/quarantine/${id}`).send(vacancy('q1'))).status).to.equal(200);
    const replay = await staff.send('post', `/api/v1/ingestion/quarantine/${id}/replay`);
    expect(replay.status).to.equal(200);
    expect(replay.body.counts.created).to.equal(1);
    expect(replay.body.entry.status).to.equal('replayed');
  });

  it('when staff try to change a source, then they are refused', async () => {
    const res = await staff.send('post', '/api/v1/ingestion/sources').send({ name: 'nope', url: 'http://127.0.0.1:1/x', format: 'csv' });
    expect(res.status).to.equal(403);
  });
});
