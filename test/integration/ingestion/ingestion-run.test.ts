import { expect } from 'chai';
import { useTestDatabase } from '../../support/test-database.js';
import { FeedServer } from '../../support/feed-server.js';
import { DomainEvents } from '../../../src/platform/domain-events.js';
import { buildIngestion, clearIngestion, sourceFor, vacanciesOf, vacancy } from './ingestion-fixtures.js';

describe('ingestion runs against a loopback feed', () => {
  let feed: FeedServer;
  const events = new DomainEvents();
  const ingestion = buildIngestion(1000, events);
  before(async () => {
    await useTestDatabase();
    feed = await new FeedServer().start();
  });
  beforeEach(clearIngestion);
  after(() => feed.stop());

  it('when a feed mixes valid and invalid records, then the valid are created and the invalid quarantined with reasons', async () => {
    const url = feed.json('/mixed', [vacancy('1'), { id: '2', title: '' }, vacancy('3', { location: { comune: 'Atlantide' } }), vacancy('4', { surprise: true })]);
    await ingestion.createSource(sourceFor('mixed', url));
    const run = await ingestion.runNow('mixed', 'cli');
    expect(run.status).to.equal('succeeded');
    expect(run.counts).to.include({ fetched: 4, created: 1, quarantined: 3, errors: 0 });
    const quarantined = await ingestion.listQuarantine('mixed', 'open', 10);
    expect(quarantined.map((q) => q.reasons[0]?.path).sort()).to.deep.equal(['location.comune', 'surprise', 'title']);
    expect(quarantined.every((q) => q.runId === run.id && q.raw !== undefined)).to.equal(true);
  });

  it('when the same feed runs twice, then the second run changes nothing and writes nothing', async () => {
    const url = feed.json('/stable', [vacancy('1'), vacancy('2')]);
    await ingestion.createSource(sourceFor('stable', url));
    await ingestion.runNow('stable', 'cli');
    const before = await vacanciesOf('stable');
    const second = await ingestion.runNow('stable', 'cli');
    expect(second.counts).to.include({ created: 0, updated: 0, unchanged: 2 });
    expect((await vacanciesOf('stable')).map((v) => v.updatedAt)).to.deep.equal(before.map((v) => v.updatedAt));
  });

  it('when a record changes, then only it is updated', async () => {
    let title = 'Magazziniere';
    const url = feed.route('/changing', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify([vacancy('1', { title }), vacancy('2')]));
    });
    await ingestion.createSource(sourceFor('changing', url));
    await ingestion.runNow('changing', 'cli');
    title = 'Magazziniere senior';
    const run = await ingestion.runNow('changing', 'cli');
    expect(run.counts).to.include({ updated: 1, unchanged: 1, created: 0 });
    expect((await vacanciesOf('changing'))[0]?.record.title).to.equal('Magazziniere senior');
  });

  it('when the feed answers 500 and then succeeds, then the run succeeds after retrying', async () => {
    let calls = 0;
    const url = feed.route('/flaky-run', (_req, res) => {
      calls += 1;
      if (calls === 1) res.writeHead(503).end();
      else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify([vacancy('1')]));
    });
    await ingestion.createSource(sourceFor('flaky', url));
    expect((await ingestion.runNow('flaky', 'cli')).counts.created).to.equal(1);
  });

  it('when a vacancy disappears, then it is expired only after N successful runs without it, and failed runs close nothing', async () => {
    let listed = [vacancy('1'), vacancy('2')];
    let broken = false;
    const url = feed.route('/shrinking', (_req, res) => {
      if (broken) res.writeHead(200, { 'content-type': 'application/json' }).end('[{"id":"1","title":"trunc');
      else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(listed));
    });
    await ingestion.createSource(sourceFor('shrinking', url, { missingRunsBeforeClose: 2, failedRunsBeforePause: 5 }));
    await ingestion.runNow('shrinking', 'cli');
    listed = [vacancy('1')];
    expect((await ingestion.runNow('shrinking', 'cli')).counts.expired).to.equal(0);
    broken = true;
    const failed = await ingestion.runNow('shrinking', 'cli');
    expect(failed.status).to.equal('failed');
    expect(failed.counts.errors).to.equal(1);
    expect((await vacanciesOf('shrinking')).map((v) => v.status)).to.deep.equal(['open', 'open']);
    broken = false;
    expect((await ingestion.runNow('shrinking', 'cli')).counts.expired).to.equal(1);
    expect((await vacanciesOf('shrinking')).map((v) => v.status)).to.deep.equal(['open', 'expired']);
  });

  it('when validThrough has passed, then the vacancy is expired by the run and announced as removed', async () => {
    const url = feed.json('/dated', [vacancy('1', { validThrough: '2020-01-31' }), vacancy('2', { validThrough: '2999-01-31' })]);
    await ingestion.createSource(sourceFor('dated', url));
    const removed: string[] = [];
    events.on('vacancy.removed', ({ id }) => removed.push(id));
    expect((await ingestion.runNow('dated', 'cli')).counts.expired).to.equal(1);
    const [expired, open] = await vacanciesOf('dated');
    expect(expired?.status).to.equal('expired');
    expect(removed).to.deep.equal([String(expired?._id)]);
    expect(removed).not.to.include(String(open?._id));
  });

  it('when a source keeps failing, then it is paused and flagged after K failed runs', async () => {
    const url = feed.route('/down', (_req, res) => {
      res.writeHead(500).end();
    });
    await ingestion.createSource(sourceFor('down', url));
    await ingestion.runNow('down', 'cli');
    await ingestion.runNow('down', 'cli');
    const source = await ingestion.getSource('down');
    expect(source.paused).to.equal(true);
    expect(source.pausedReason).to.match(/2 consecutive failed runs/);
    const error = await ingestion.runNow('down', 'schedule').catch((e: unknown) => e);
    expect((error as { code?: string }).code).to.equal('INVALID_STATE');
  });

  it('when the same vacancy is in two feeds, then the second is linked to the first as a duplicate', async () => {
    const occupation = 'http://data.europa.eu/esco/occupation/bbd8f2ae-ee8b-4a47-b0a6-b5fa0e4ae5e2';
    const a = feed.json('/portal-a', [vacancy('A1', { occupation })]);
    const b = feed.json('/portal-b', [vacancy('B7', { occupation, description: 'Cerca magazziniere con patente del muletto: magazzino a Torino, turno A1.', employer: { name: 'LOGISTICA ALFA SRL' } })]);
    await ingestion.createSource(sourceFor('portal-a', a));
    await ingestion.createSource(sourceFor('portal-b', b));
    await ingestion.runNow('portal-a', 'cli');
    const run = await ingestion.runNow('portal-b', 'cli');
    expect(run.counts.duplicates).to.equal(1);
    const [original] = await vacanciesOf('portal-a');
    const [copy] = await vacanciesOf('portal-b');
    expect(copy?.duplicateOf).to.equal(original?._id.toHexString());
  });

  it('when pages follow next links and one page is huge, then every page is read within the size limit', async () => {
    const big = Array.from({ length: 3000 }, (_, i) => vacancy(`big-${i}`));
    const url = feed.route('/paged', (_req, res, u) => {
      const page = Number(u.searchParams.get('page') ?? '1');
      const body = page === 1 ? { items: [vacancy('p1')], next: '/paged?page=2' } : { items: big };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
    await ingestion.createSource(sourceFor('paged', url, { recordsPath: 'items', pagination: { type: 'next-link', bodyPath: 'next' } }));
    const run = await ingestion.runNow('paged', 'cli');
    expect(run.counts).to.include({ pages: 2, created: 3001 });
    await ingestion.updateSource('paged', { fetch: { timeoutMs: 2000, retries: 0, backoffBaseMs: 5, backoffMaxMs: 10, maxBytes: 100_000, maxPages: 10 } });
    const limited = await ingestion.runNow('paged', 'cli');
    expect(limited.status).to.equal('failed');
    expect(limited.errorMessages[0]).to.match(/maxContentLength/);
  });
});
