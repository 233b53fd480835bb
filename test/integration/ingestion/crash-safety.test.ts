import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import mongoose from 'mongoose';
import { useTestDatabase } from '../../support/test-database.js';
import { FeedServer } from '../../support/feed-server.js';
import { buildIngestion, clearIngestion, sourceFor, vacanciesOf, vacancy } from './ingestion-fixtures.js';

const PAGES = 12;
const PER_PAGE = 25;

/** The CLI in its own process (plain node + tsx loader, so SIGKILL reaches the process doing the work). */
function spawnIngestCli(uri: string, source: string): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'ingest', 'run', '--source', source], {
    env: { ...process.env, MONGODB_URI: uri, INGEST_LEASE_TTL_MS: '1000', INGEST_RECOGNITION: 'false', LOG_LEVEL: 'silent', SCHEDULER_ENABLED: 'false', FEED_ALLOWED_HOSTS: '127.0.0.1' },
    stdio: 'ignore',
  });
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('ingestion crash safety', function () {
  this.timeout(60_000);
  let feed: FeedServer;
  let uri: string;
  before(async () => {
    uri = await useTestDatabase();
    feed = await new FeedServer().start();
  });
  beforeEach(clearIngestion);
  after(() => feed.stop());

  it('when the ingest process is SIGKILLed mid-run, then the next run finishes the work with every record once', async () => {
    const url = feed.route('/slow-pages', async (_req, res, u) => {
      const page = Number(u.searchParams.get('page'));
      await new Promise((r) => setTimeout(r, 150));
      const items = page > PAGES ? [] : Array.from({ length: PER_PAGE }, (_, i) => vacancy(`${page}-${i}`));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(items));
    });
    const ingestion = buildIngestion(1000);
    await ingestion.createSource(sourceFor('crashy', url, { pageSize: PER_PAGE, pagination: { type: 'page', param: 'page', firstPage: 1 } }));

    const child = spawnIngestCli(uri, 'crashy');
    const vacancies = mongoose.connection.db!.collection('vacancies');
    await waitFor(async () => (await vacancies.countDocuments({ source: 'crashy' })) >= PER_PAGE * 3, 30_000);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const partial = await vacancies.countDocuments({ source: 'crashy' });
    expect(partial).to.be.below(PAGES * PER_PAGE);

    await new Promise((r) => setTimeout(r, 1100)); // the dead process's lease runs out
    const rerun = await ingestion.runNow('crashy', 'cli');
    expect(rerun.status).to.equal('succeeded');
    const stored = await vacanciesOf('crashy');
    expect(stored).to.have.length(PAGES * PER_PAGE);
    expect(new Set(stored.map((v) => v.externalId)).size).to.equal(PAGES * PER_PAGE);
    const runs = await ingestion.listRuns('crashy', 10);
    expect(runs.map((r) => r.status)).to.deep.equal(['succeeded', 'abandoned']);
    // Resumed from the checkpoint: the pages the killed run finished were not fetched again.
    expect(rerun.counts.pages).to.be.below(PAGES + 1);
  });

  it('when two processes start the same source at once, then only one runs and the other is refused', async () => {
    const url = feed.route('/slow-one', async (_req, res) => {
      await new Promise((r) => setTimeout(r, 300));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify([vacancy('1')]));
    });
    const first = buildIngestion(1000);
    const second = buildIngestion(1000);
    await first.createSource(sourceFor('contended', url));
    const outcomes = await Promise.allSettled([first.runNow('contended', 'schedule'), second.runNow('contended', 'schedule')]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).to.have.length(1);
    const refused = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason.details.reason).to.equal('RUN_IN_PROGRESS');
    expect(feed.hits.get('/slow-one')).to.equal(1);
  });
});
