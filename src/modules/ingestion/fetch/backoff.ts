import type { FetchPolicy } from '../source.schema.js';

/**
 * "Full jitter" exponential backoff: a random delay up to base·2^attempt, capped. The randomness keeps
 * many sources that failed together from retrying in lock-step against the same portal.
 */
export function backoffDelayMs(attempt: number, policy: Pick<FetchPolicy, 'backoffBaseMs' | 'backoffMaxMs'>, random = Math.random): number {
  const ceiling = Math.min(policy.backoffMaxMs, policy.backoffBaseMs * 2 ** attempt);
  return Math.round(ceiling * (0.5 + random() / 2));
}

/** Retry-After is either delay-seconds or an HTTP date; anything else is ignored. */
export function parseRetryAfterMs(value: unknown, now = Date.now()): number | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Timeouts, throttling and server errors are worth retrying; other 4xx mean the request itself is wrong. */
export function isRetryableStatus(status: number | undefined): boolean {
  return status === undefined || status === 408 || status === 429 || status >= 500;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Spaces requests of one source at least 1/rps seconds apart. */
export class RequestPacer {
  private nextAt = 0;
  constructor(private readonly requestsPerSecond: number) {}

  async wait(): Promise<void> {
    const now = Date.now();
    const at = Math.max(now, this.nextAt);
    this.nextAt = at + 1000 / this.requestsPerSecond;
    if (at > now) await sleep(at - now);
  }
}
