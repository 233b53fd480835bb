import type { StoredSource } from './source.repository.js';

/** A source as the API shows it: secrets never leave the server, only whether they are set. */
export function toSourceView(stored: StoredSource): Record<string, unknown> {
  const { apiKey, headers, ...definition } = stored.definition;
  return {
    ...definition,
    apiKeySet: apiKey !== undefined,
    headers: Object.fromEntries(Object.keys(headers).map((name) => [name, '[redacted]'])),
    completedRuns: stored.completedRuns,
    consecutiveFailures: stored.consecutiveFailures,
    paused: stored.paused,
    ...(stored.pausedReason ? { pausedReason: stored.pausedReason } : {}),
    ...(stored.lastRunAt ? { lastRunAt: stored.lastRunAt } : {}),
    ...(stored.lastRunStatus ? { lastRunStatus: stored.lastRunStatus } : {}),
  };
}
