import type { Logger } from './logger.js';

type Closer = () => Promise<void>;

/**
 * Orderly shutdown for the composition root. Signal handlers are installed before anything starts,
 * so a SIGTERM during a long seed still stops the embedded database instead of orphaning it.
 * Closers run in reverse order of registration: jobs, then HTTP, then the database.
 */
export class ShutdownCoordinator {
  private readonly closers: { name: string; close: Closer }[] = [];
  private stopping = false;

  constructor(
    private readonly logger: Logger,
    private readonly timeoutMs: number,
  ) {}

  add(name: string, close: Closer): void {
    this.closers.push({ name, close });
  }

  get isStopping(): boolean {
    return this.stopping;
  }

  listen(signals: NodeJS.Signals[] = ['SIGTERM', 'SIGINT']): void {
    for (const signal of signals) process.on(signal, () => void this.shutdown(signal));
  }

  async shutdown(reason: string, exitCode = 0): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    this.logger.info({ reason }, 'shutting down');
    const forceExit = setTimeout(() => {
      this.logger.error('shutdown timed out; exiting');
      process.exit(1);
    }, this.timeoutMs);
    forceExit.unref();
    for (const { name, close } of [...this.closers].reverse()) {
      try {
        await close();
      } catch (err) {
        this.logger.warn({ err, step: name }, 'shutdown step failed');
      }
    }
    this.logger.info('stopped');
    process.exit(exitCode);
  }
}
