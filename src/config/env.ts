import { z } from 'zod';
import { assertProductionSecurity, securityEnvShape } from './security-env.js';

const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** Every setting the service reads from the environment. Parsed once at startup so a typo fails fast. */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  MONGODB_URI: z.string().regex(/^mongodb(\+srv)?:\/\//, 'must start with mongodb:// or mongodb+srv://').optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  FERRETDB_BIN: z.string().min(1).default('./.tools/bin/ferretdb'),
  DB_TIMEOUT_MS: z.coerce.number().int().min(500).max(120_000).default(5000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT: z.string().regex(/^\d+(b|kb|mb)$/i, 'like 100kb or 1mb').default('256kb'),
  SEED_ON_EMPTY: booleanFlag.default(true),
  SCHEDULER_ENABLED: booleanFlag.default(true),
  /** Cross-process lease on a source's runs; renewed every third of it while a run goes on. */
  INGEST_LEASE_TTL_MS: z.coerce.number().int().min(500).max(3_600_000).default(60_000),
  /** Recognise occupation and skills of ingested vacancies with the ESCO taxonomy (loads it on first run). */
  INGEST_RECOGNITION: booleanFlag.default(true),
  /**
   * Feed hosts (names or addresses, comma-separated) that may resolve to loopback, private or link-local
   * addresses, e.g. an intranet catalogue. Empty by default: feed URLs come from users, and must not reach
   * the service's own network (SSRF).
   */
  FEED_ALLOWED_HOSTS: z.string().default('').transform((list) => list.split(',').map((host) => host.trim()).filter((host) => host !== '')),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(8000),
  /** Report cells counting fewer people or services than this are suppressed (docs/reporting.md). */
  REPORT_SMALL_COUNT_THRESHOLD: z.coerce.number().int().min(1).max(100).default(5),
  ...securityEnvShape,
});

export type AppConfig = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  assertProductionSecurity(parsed.data, (message) => new ConfigError(message));
  return parsed.data;
}
