/**
 * JSON with object keys sorted at every level, so equal values always serialise identically whatever order their
 * keys were written in: for content hashes, and to compare a document with a stored one. Like JSON.stringify,
 * values with `toJSON` (Date, ObjectId) serialise as what it returns and undefined properties are left out.
 */
export function stableStringify(value: unknown): string {
  const plain = hasToJson(value) ? value.toJSON() : value;
  if (Array.isArray(plain)) return `[${plain.map(stableStringify).join(',')}]`;
  if (plain !== null && typeof plain === 'object') {
    const entries = Object.entries(plain as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(plain) ?? 'null';
}

function hasToJson(value: unknown): value is { toJSON(): unknown } {
  return value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function';
}
