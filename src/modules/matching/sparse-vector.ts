/**
 * Sparse vectors over interned feature ids, sorted by id, so two of them meet in one merge pass.
 * Profiles keep their features this way: compact at regional scale and fast to score.
 */
export interface SparseVector {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
}

export const emptyVector: SparseVector = { ids: new Int32Array(0), weights: new Float64Array(0) };

/**
 * Interns features to small integers shared by all profiles. A feature is a kind ("s" skill, "o"
 * occupation, "u"/"m" ISCO unit/minor group, "c" concept, "t:<lang>" term) and a name; its key is
 * "<kind>:<name>". Names are kept per kind so the hot path never builds a key string: concatenating and
 * hashing a fresh "s:<uri>" per skill per record was the largest single cost of building profiles.
 */
export class FeatureDictionary {
  private readonly idsByKind = new Map<string, Map<string, number>>();
  private readonly keys: string[] = [];

  internFeature(kind: string, name: string): number {
    let names = this.idsByKind.get(kind);
    if (!names) this.idsByKind.set(kind, (names = new Map()));
    let id = names.get(name);
    if (id === undefined) {
      id = this.keys.length;
      names.set(name, id);
      this.keys.push(`${kind}:${name}`);
    }
    return id;
  }

  lookup(key: string): number | undefined {
    const [kind, name] = splitFeatureKey(key);
    return this.idsByKind.get(kind)?.get(name);
  }

  keyOf(id: number): string {
    const key = this.keys[id];
    if (key === undefined) throw new RangeError(`unknown feature id ${id}`);
    return key;
  }

  get size(): number {
    return this.keys.length;
  }
}

/** "s:<uri>" → ["s", uri]; terms carry their language in the kind: "t:it:cuc" → ["t:it", "cuc"]. */
function splitFeatureKey(key: string): [string, string] {
  const at = key.startsWith('t:') ? key.indexOf(':', 2) : key.indexOf(':');
  if (at <= 0) throw new RangeError(`feature key without a kind: ${key}`);
  return [key.slice(0, at), key.slice(at + 1)];
}

/**
 * Builds a vector from interned id → weight; non-positive weights are left out. With `unitLength` the weights are
 * scaled in place so that `dot` is the cosine (as `normalise`, without a second buffer).
 */
export function vectorFromIds(weights: ReadonlyMap<number, number>, unitLength = false): SparseVector {
  let n = 0;
  for (const w of weights.values()) if (w > 0) n += 1;
  const vector = allocateVector(n);
  let i = 0;
  for (const [id, w] of weights) if (w > 0) vector.ids[i++] = id;
  vector.ids.sort();
  for (let j = 0; j < n; j++) vector.weights[j] = weights.get(vector.ids[j]!)!;
  if (unitLength) scaleToUnit(vector.weights);
  return vector;
}

function scaleToUnit(weights: Float64Array): void {
  let norm = 0;
  for (const w of weights) norm += w * w;
  if (norm === 0) return;
  const scale = 1 / Math.sqrt(norm);
  for (let i = 0; i < weights.length; i++) weights[i] = weights[i]! * scale;
}

/**
 * Room for a vector of n entries (and, when asked, a byte per entry), in one buffer once it is too
 * large for V8 to keep on its heap: every off-heap array costs some 350 bytes of bookkeeping, more than
 * the data of most profile vectors, and each profile used to own a dozen of them.
 */
export function allocateVector(n: number): SparseVector & { ids: Int32Array; weights: Float64Array };
export function allocateVector(n: number, withFlags: true): SparseVector & { ids: Int32Array; weights: Float64Array; flags: Uint8Array };
export function allocateVector(n: number, withFlags = false): SparseVector & { ids: Int32Array; weights: Float64Array; flags?: Uint8Array } {
  const flagCount = withFlags ? n : 0;
  if (n <= 8) return withFlags ? { ids: new Int32Array(n), weights: new Float64Array(n), flags: new Uint8Array(n) } : { ids: new Int32Array(n), weights: new Float64Array(n) };
  const buffer = new ArrayBuffer(12 * n + flagCount);
  const vector = { weights: new Float64Array(buffer, 0, n), ids: new Int32Array(buffer, 8 * n, n) };
  return withFlags ? { ...vector, flags: new Uint8Array(buffer, 12 * n, n) } : vector;
}

export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** Scales a vector to unit length so that `dot` is the cosine. */
export function normalise(vector: SparseVector): SparseVector {
  const scaled = allocateVector(vector.ids.length);
  scaled.ids.set(vector.ids);
  scaled.weights.set(vector.weights);
  scaleToUnit(scaled.weights);
  return scaled;
}

export function weightOf(vector: SparseVector, id: number): number {
  let lo = 0;
  let hi = vector.ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = vector.ids[mid]!;
    if (x === id) return vector.weights[mid]!;
    if (x < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}
