import { expect } from 'chai';
import request from 'supertest';
import { createApp } from '../../../src/app.js';
import { loadConfig } from '../../../src/config/env.js';
import { pingDatabase } from '../../../src/platform/db/connect.js';
import { createServices } from '../../../src/services.js';
import { FeedAddressGuard, FeedAddressRefusedError, isInternalAddress } from '../../../src/modules/ingestion/fetch/feed-address-guard.js';
import { FeedFetchError, PageFetcher } from '../../../src/modules/ingestion/fetch/page-fetcher.js';
import { fetchPolicySchema } from '../../../src/modules/ingestion/source.schema.js';
import { FeedServer } from '../../support/feed-server.js';
import { createIngestion } from '../../../src/modules/ingestion/ingestion.module.js';
import { loadReferenceData } from '../../../src/modules/reference/reference-data.js';
import { DomainEvents } from '../../../src/platform/domain-events.js';
import { ValidationError } from '../../../src/platform/errors.js';
import { sourceFor } from './ingestion-fixtures.js';
import { loginDemo, seedTestAccounts, withCredentials } from '../../support/auth.js';
import { testLogger, useTestDatabase } from '../../support/test-database.js';

const policy = fetchPolicySchema.parse({ timeoutMs: 500, retries: 0 });
const refusal = async (promise: Promise<unknown>): Promise<unknown> => promise.then(() => expect.fail('the fetch went through'), (err: unknown) => err);

describe('feed address guard (SSRF)', () => {
  let feed: FeedServer;
  before(async () => {
    feed = await new FeedServer().start();
  });
  after(() => feed.stop());

  it('when an address is loopback, private, link-local, mapped or reserved, then it is internal; public ones are not', () => {
    for (const address of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fd00::1', 'fe80::1', '::ffff:7f00:1', '224.0.0.1']) {
      expect(isInternalAddress(address), address).to.equal(true);
    }
    for (const address of ['8.8.8.8', '151.101.1.1', '2a00:1450:4002:80b::200e']) expect(isInternalAddress(address), address).to.equal(false);
  });

  it('when no host is allowed, then a loopback feed is refused before any request is sent', async () => {
    const fetcher = new PageFetcher(policy, 100, new FeedAddressGuard());
    const url = feed.json('/guarded.json', []);
    for (const target of [url, url.replace('127.0.0.1', 'localhost'), 'http://[::1]:9/x', 'http://169.254.169.254/latest/meta-data/']) {
      expect(await refusal(fetcher.fetch({ url: target, headers: {}, stream: false })), target).to.be.instanceOf(FeedAddressRefusedError);
    }
    expect(feed.hits.get('/guarded.json')).to.equal(undefined);
  });

  it('when a name resolves to an internal address, then the lookup refuses it unless the name is allowed', async () => {
    const err = await refusal(new FeedAddressGuard().lookup('localhost'));
    expect(err).to.be.instanceOf(FeedAddressRefusedError).and.have.property('host', 'localhost');
    expect((await new FeedAddressGuard(['LOCALHOST']).lookup('localhost')).length).to.be.greaterThan(0);
  });

  it('when an allowed feed redirects to an internal address, then the redirect is refused, not followed', async () => {
    const fetcher = new PageFetcher(policy, 100, new FeedAddressGuard(['127.0.0.1']));
    const url = feed.route('/moved', (_req, res) => void res.writeHead(302, { location: 'http://10.255.255.1/secret' }).end());
    const err = await refusal(fetcher.fetch({ url, headers: {}, stream: false }));
    expect(err).to.be.instanceOf(FeedAddressRefusedError).and.not.be.instanceOf(FeedFetchError);
    expect((err as Error).message).to.contain('10.255.255.1');
  });

  it('when a feed source names an internal address outright, then saving it is refused on its url', async () => {
    const ingestion = createIngestion({ reference: loadReferenceData(), events: new DomainEvents(), logger: testLogger, leaseTtlMs: 1000, recognition: false, feedGuard: new FeedAddressGuard() });
    const err = await refusal(ingestion.createSource(sourceFor('metadata', 'http://169.254.169.254/latest/meta-data/')));
    expect(err).to.be.instanceOf(FeedAddressRefusedError).and.have.property('host', '169.254.169.254');
    expect((err as ValidationError).issues[0]).to.include({ path: 'url' });
  });

  it('when an admin posts a loopback course feed to a service without an allow-list, then 400 names the url', async () => {
    await useTestDatabase();
    const services = createServices({ logger: testLogger, config: loadConfig({ ...process.env, FEED_ALLOWED_HOSTS: '' }) });
    const app = createApp({ logger: testLogger, bodyLimit: '64kb', services, isDatabaseReady: pingDatabase });
    await seedTestAccounts(services);
    const admin = await loginDemo(app, 'admin@demo.prima');
    const url = feed.json('/courses.json', []);
    const res = await withCredentials(request(app).post('/api/v1/courses/feed'), admin).send({ url, format: 'json' });
    expect(res.status, JSON.stringify(res.body)).to.equal(400);
    expect(res.body.error).to.include({ code: 'VALIDATION_FAILED' });
    expect(res.body.error.issues).to.have.length(1);
    expect(res.body.error.issues[0]).to.include({ path: 'url' });
    expect(res.body.error.issues[0].message).to.contain('FEED_ALLOWED_HOSTS');
    expect(feed.hits.get('/courses.json')).to.equal(undefined);
  });
});
