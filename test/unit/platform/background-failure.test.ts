import { expect } from 'chai';
import { Writable } from 'node:stream';
import { createLogger } from '../../../src/platform/logger.js';
import { onBackgroundFailure } from '../../../src/platform/background-failure.js';

/** A real pino logger writing into an array, so the level and message of each line can be checked. */
function capturedLogger() {
  const lines: { level: number; msg: string; err?: { message: string } }[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString('utf8')) as (typeof lines)[number]);
      done();
    },
  });
  return { logger: createLogger('info', sink), lines };
}

const closedClient = Object.assign(new Error('Operation interrupted because client was closed'), { name: 'MongoClientClosedError' });

describe('background task failures', () => {
  it('when a background task fails because the process is stopping, then it is logged at info as interrupted', async () => {
    const { logger, lines } = capturedLogger();
    onBackgroundFailure(logger, 'matching index build', () => true)(closedClient);
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines).to.have.length(1);
    expect(lines[0]).to.include({ level: 30, msg: 'matching index build interrupted by shutdown' });
    expect(lines[0]!.err).to.equal(undefined);
  });

  it('when a background task fails while the process runs, then the error is logged at error level with its cause', async () => {
    const { logger, lines } = capturedLogger();
    onBackgroundFailure(logger, 'matching index build', () => false)(new Error('disk full'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines).to.have.length(1);
    expect(lines[0]).to.include({ level: 50, msg: 'matching index build failed' });
    expect(lines[0]!.err?.message).to.equal('disk full');
  });
});
