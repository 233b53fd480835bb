import { createHash } from 'node:crypto';
import { stableStringify } from '../../platform/stable-json.js';

/** The same record always hashes the same whatever its key order. */
export function contentHashOf(record: unknown): string {
  return createHash('sha256').update(stableStringify(record)).digest('hex');
}
