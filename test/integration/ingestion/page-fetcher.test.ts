import { expect } from 'chai';
import { FeedFetchError, PageFetcher } from '../../../src/modules/ingestion/fetch/page-fetcher.js';
import { fetchPolicySchema } from '../../../src/modules/ingestion/source.schema.js';
import { FeedServer } from '../../support/feed-server.js';
import { testConfig } from '../../support/test-app.js';
import { FeedAddressGuard } from '../../../src/modules/ingestion/fetch/feed-address-guard.js';

const fastPolicy = fetchPolicySchema.parse({ timeoutMs: 300, retries: 3, backoffBaseMs: 5, backoffMaxMs: 2000 });

describe('page fetcher against a loopback feed server', () => {
  let feed: FeedServer;
  const guard = new FeedAddressGuard(testConfig().FEED_ALLOWED_HOSTS);
  const fetcher = new PageFetcher(fastPolicy, 100, guard);
  before(async () => {
    feed = await new FeedServer().start();
  });
  after(() => feed.stop());

  it('when the feed answers 500 twice and then 200, then the page arrives after three attempts', async () => {
    let calls = 0;
    const url = feed.route('/flaky', (_req, res) => {
      calls += 1;
      if (calls <= 2) res.writeHead(500).end('boom');
      else res.writeHead(200, { 'content-type': 'application/json' }).end('[1]');
    });
    const page = await fetcher.fetch({ url, headers: {}, stream: false });
    expect(page.kind).to.equal('text');
    expect(page.attempts).to.equal(3);
  });

  it('when the feed always times out, then the fetch fails after the bounded retries', async () => {
    const url = feed.route('/slow', () => undefined);
    const error = await fetcher.fetch({ url, headers: {}, stream: false }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(FeedFetchError);
    expect((error as FeedFetchError).attempts).to.equal(4);
    expect(feed.hits.get('/slow')).to.equal(4);
  });

  it('when the feed answers 429 with Retry-After, then the retry waits that long', async () => {
    let calls = 0;
    const url = feed.route('/throttled', (_req, res) => {
      calls += 1;
      if (calls === 1) res.writeHead(429, { 'retry-after': '1' }).end();
      else res.writeHead(200).end('[]');
    });
    const started = Date.now();
    const page = await fetcher.fetch({ url, headers: {}, stream: false });
    expect(page.kind).to.equal('text');
    expect(Date.now() - started).to.be.at.least(950);
  });

  it('when a 404 comes back, then it is not retried', async () => {
    const url = `${feed.baseUrl}/missing`;
    const error = await fetcher.fetch({ url, headers: {}, stream: false }).catch((e: unknown) => e);
    expect((error as FeedFetchError).status).to.equal(404);
    expect(feed.hits.get('/missing')).to.equal(1);
  });

  it('when the ETag still matches, then the feed answers 304 and the page is not modified', async () => {
    const url = feed.route('/etag', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') res.writeHead(304).end();
      else res.writeHead(200, { etag: '"v1"', 'last-modified': 'Wed, 01 Jan 2026 00:00:00 GMT' }).end('[]');
    });
    const first = await fetcher.fetch({ url, headers: {}, stream: false });
    const second = await fetcher.fetch({ url, headers: {}, stream: false, conditional: { etag: first.etag, lastModified: first.lastModified } });
    expect(first.etag).to.equal('"v1"');
    expect(second.kind).to.equal('not-modified');
  });

  it('when the body is larger than maxBytes, then the fetch fails at once without retries', async () => {
    const small = new PageFetcher({ ...fastPolicy, maxBytes: 2048 }, 100, guard);
    const url = feed.route('/huge', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ x: 'y'.repeat(10_000) }));
    });
    const error = await small.fetch({ url, headers: {}, stream: false }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(FeedFetchError);
    expect((error as Error).message).to.match(/maxContentLength/);
    expect(feed.hits.get('/huge')).to.equal(1);
  });

  it('when the source has headers and an API key, then they are sent', async () => {
    const url = feed.json('/auth', []);
    await fetcher.fetch({ url, headers: { 'x-api-key': 'secret-1', 'x-tenant': 'lazio' }, stream: false });
    const seen = feed.requests.filter((r) => r.path === '/auth').at(-1);
    expect(seen?.headers['x-api-key']).to.equal('secret-1');
    expect(seen?.headers['x-tenant']).to.equal('lazio');
  });
});
