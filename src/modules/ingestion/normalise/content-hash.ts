import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level, so equal records always serialise identically. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** SHA-256 of the stable JSON: the same record gives the same hash whatever order the feed wrote its keys in. */
export function contentHash(record: unknown): string {
  return createHash('sha256').update(stableStringify(record)).digest('base64url');
}
