import { hash } from 'node:crypto';

/**
 * A memo that forgets everything once it holds `limit` entries. Repeats come in bursts (one feed, one
 * CV template, one occupation), so a full reset is a fair eviction and costs nothing per lookup.
 */
export class BoundedMemo<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get(key: K, compute: () => V): V {
    let value = this.map.get(key);
    if (value === undefined) {
      value = compute();
      if (this.map.size >= this.limit) this.map.clear();
      this.map.set(key, value);
    }
    return value;
  }
}

/**
 * A memo key for texts that rarely repeat: the SHA-256 digest (base64) of the parts, so the memo keeps 44
 * characters instead of a CV. Each part goes in as its length, \u0001, then itself: a bare separator
 * could be confused with the same character inside a text (record texts may hold control characters), a
 * length cannot, so different lists of parts never hash the same input.
 */
export function digestKey(...parts: readonly string[]): string {
  let input = '';
  for (const part of parts) input += `${part.length}\u0001${part}`;
  return hash('sha256', input, 'base64');
}
