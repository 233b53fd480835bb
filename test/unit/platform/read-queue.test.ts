import { expect } from 'chai';
import { ReadQueue } from '../../../src/platform/lists/read-queue.js';

/** A read that records the need it ran with and waits until the test lets it end. */
function heldReads() {
  const ran: string[][] = [];
  const releases: (() => void)[] = [];
  const read = (need: string[]) => {
    ran.push(need);
    return new Promise<void>((resolve) => releases.push(resolve));
  };
  /** Lets the oldest running read end, then lets the queue start the next. */
  const release = async () => {
    releases.shift()!();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { ran, read, release };
}

const started = () => new Promise((resolve) => setImmediate(resolve));

describe('read queue', () => {
  it('when callers ask before the shared read starts, then they share one run with their needs merged', async () => {
    const queue = new ReadQueue<string[]>((a, b) => [...a, ...b]);
    const { ran, read, release } = heldReads();
    const runs = [queue.share(['page'], read), queue.share(['page'], read), queue.share(['job'], read)];
    expect(runs[1]).to.equal(runs[0]);
    expect(runs[2]).to.equal(runs[0]);
    await started();
    await release();
    await Promise.all(runs);
    expect(ran).to.deep.equal([['page', 'page', 'job']]);
  });

  it('when callers ask while a shared read runs, then one more run follows it, shared by all of them', async () => {
    const queue = new ReadQueue<string[]>((a, b) => [...a, ...b]);
    const { ran, read, release } = heldReads();
    const first = queue.share(['a'], read);
    await started();
    const later = [queue.share(['b'], read), queue.share(['c'], read)];
    expect(later[0]).to.not.equal(first);
    expect(later[1]).to.equal(later[0]);
    expect(ran).to.deep.equal([['a']]);
    await release();
    await first;
    expect(ran).to.deep.equal([['a'], ['b', 'c']]);
    await release();
    await Promise.all(later);
  });

  it('when a read fails, then those who shared it get the error and the next read still runs', async () => {
    const queue = new ReadQueue<string[]>((a, b) => [...a, ...b]);
    const failing = queue.share(['x'], () => Promise.reject(new Error('stream broke')));
    const rebuild = queue.add(async () => undefined);
    await Promise.all([
      failing.then(() => expect.fail('the failed read resolved'), (err: unknown) => expect(err).to.have.property('message', 'stream broke')),
      rebuild,
    ]);
    const { ran, read, release } = heldReads();
    const next = queue.share(['y'], read);
    await started();
    await release();
    await next;
    expect(ran).to.deep.equal([['y']]);
  });
});
