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
