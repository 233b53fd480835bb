import { expect } from 'chai';
import { startIngestionScheduler } from '../../../jobs/ingestion.scheduler.js';
import { useTestDatabase, testLogger } from '../../support/test-database.js';
import { FeedServer } from '../../support/feed-server.js';
import { buildIngestion, clearIngestion, sourceFor, vacancy } from './ingestion-fixtures.js';

describe('ingestion scheduler', function () {
  this.timeout(30_000);
  let feed: FeedServer;
  before(async () => {
    await useTestDatabase();
    feed = await new FeedServer().start();
  });
  beforeEach(clearIngestion);
  after(() => feed.stop());

  it('when two schedulers run the same source every second, then its runs never overlap', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const url = feed.route('/every-second', async (_req, res) => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((r) => setTimeout(r, 1300));
      inFlight -= 1;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify([vacancy('1')]));
    });
    const a = buildIngestion(1000);
    const b = buildIngestion(1000);
    await a.createSource(sourceFor('ticking', url, { schedule: '* * * * * *', fetch: { timeoutMs: 5000, retries: 0, backoffBaseMs: 5, backoffMaxMs: 10 } }));
    const schedulers = [startIngestionScheduler(a, testLogger), startIngestionScheduler(b, testLogger)];
    await Promise.all(schedulers.map((s) => s.reload()));
    await new Promise((r) => setTimeout(r, 4500));
    await Promise.all(schedulers.map((s) => s.stop()));
    await new Promise((r) => setTimeout(r, 1500));
    const runs = (await a.listRuns('ticking', 50)).filter((r) => r.finishedAt).sort((x, y) => x.startedAt.getTime() - y.startedAt.getTime());
    expect(maxInFlight).to.equal(1);
    expect(runs.length).to.be.at.least(2);
    for (let i = 1; i < runs.length; i += 1) expect(runs[i]!.startedAt.getTime()).to.be.at.least(runs[i - 1]!.finishedAt!.getTime());
  });

  it('when a source is disabled, then the scheduler drops its task on reload', async () => {
    const url = feed.json('/disabled', [vacancy('1')]);
    const ingestion = buildIngestion(1000);
    await ingestion.createSource(sourceFor('switchable', url, { schedule: '* * * * * *', enabled: false }));
    const scheduler = startIngestionScheduler(ingestion, testLogger);
    await scheduler.reload();
    await new Promise((r) => setTimeout(r, 1500));
    await scheduler.stop();
    expect(feed.hits.get('/disabled') ?? 0).to.equal(0);
  });
});
