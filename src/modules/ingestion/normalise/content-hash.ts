import { createHash } from 'node:crypto';
import { stableStringify } from '../../../platform/stable-json.js';

/** SHA-256 of the stable JSON: the same record gives the same hash whatever order the feed wrote its keys in. */
export function contentHash(record: unknown): string {
  return createHash('sha256').update(stableStringify(record)).digest('base64url');
}
