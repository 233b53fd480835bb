import { parseArgs } from 'node:util';

export type FlagSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/** Parses `--flag value` options strictly: an unknown flag is an error, not a silent default. */
export function parseFlags(argv: string[], spec: FlagSpec): Record<string, string | boolean | undefined> {
  const { values } = parseArgs({ args: argv, options: spec, strict: true, allowPositionals: false });
  return values as Record<string, string | boolean | undefined>;
}

export function intFlag(value: string | boolean | undefined, name: string, fallback: number, max = 10_000): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (typeof value !== 'string' || !Number.isInteger(n) || n < 1 || n > max) {
    throw new CliUsageError(`--${name} takes a whole number from 1 to ${max}`);
  }
  return n;
}

export class CliUsageError extends Error {
  override name = 'CliUsageError';
}
