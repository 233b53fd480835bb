import { z } from 'zod';

/**
 * Development-only secrets: they let `npm start` and the tests run with no setup, and production
 * refuses to start while any of them is still in use.
 */
export const devSecrets = {
  CSRF_SECRET: 'dev-only-csrf-secret-change-me-0000000000',
  AUDIT_PSEUDONYM_SECRET: 'dev-only-audit-pseudonym-secret-change-me-00',
} as const;

const positiveInt = (max: number) => z.coerce.number().int().min(1).max(max);
const secret = (fallback: string) => z.string().min(32, 'at least 32 characters').default(fallback);

/** Settings for authentication, rate limits, retention and the fairness audit. */
export const securityEnvShape = {
  SESSION_TTL_MINUTES: positiveInt(7 * 24 * 60).default(8 * 60),
  CSRF_SECRET: secret(devSecrets.CSRF_SECRET),
  AUDIT_PSEUDONYM_SECRET: secret(devSecrets.AUDIT_PSEUDONYM_SECRET),
  LOGIN_MAX_FAILURES: positiveInt(100).default(5),
  LOGIN_LOCK_MINUTES: positiveInt(24 * 60).default(15),
  LOGIN_RATE_LIMIT_PER_IP: positiveInt(100_000).default(30),
  API_RATE_LIMIT_PER_MINUTE: positiveInt(1_000_000).default(600),
  RETENTION_CANDIDATE_DAYS: positiveInt(36_500).default(730),
  RETENTION_AUDIT_DAYS: positiveInt(36_500).default(1825),
  FAIRNESS_MIN_GROUP_SIZE: positiveInt(10_000).default(10),
};

interface SecuritySettings {
  NODE_ENV: string;
  CSRF_SECRET: string;
  AUDIT_PSEUDONYM_SECRET: string;
}

/** Fails fast when production would run with a development secret (that is, with the secret unset). */
export function assertProductionSecurity(config: SecuritySettings, toError: (message: string) => Error): void {
  if (config.NODE_ENV !== 'production') return;
  const missing = (Object.keys(devSecrets) as (keyof typeof devSecrets)[]).filter((name) => config[name] === devSecrets[name]);
  if (missing.length > 0) throw toError(`Invalid configuration:\n${missing.map((m) => `  ${m}: must be set in production`).join('\n')}`);
}
