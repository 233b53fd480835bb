/**
 * Sparse vectors over interned feature ids, sorted by id, so two of them meet in one merge pass.
 * Profiles keep their features this way: compact at regional scale and fast to score.
 */
export interface SparseVector {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
}

export const emptyVector: SparseVector = { ids: new Int32Array(0), weights: new Float64Array(0) };

/** Interns feature keys ("s:<skill uri>", "t:it:cuc", …) to small integers shared by all profiles. */
export class FeatureDictionary {
  private readonly idsByKey = new Map<string, number>();
  private readonly keys: string[] = [];

  intern(key: string): number {
    let id = this.idsByKey.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.idsByKey.set(key, id);
      this.keys.push(key);
    }
    return id;
  }

  lookup(key: string): number | undefined {
    return this.idsByKey.get(key);
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

/** Builds a vector from key → weight, keeping the larger weight when a key repeats. */
export function toSparseVector(dictionary: FeatureDictionary, weights: ReadonlyMap<string, number>): SparseVector {
  const entries = [...weights]
    .filter(([, w]) => w > 0)
    .map(([key, w]) => [dictionary.intern(key), w] as const)
    .sort((a, b) => a[0] - b[0]);
  return { ids: Int32Array.from(entries, (e) => e[0]), weights: Float64Array.from(entries, (e) => e[1]) };
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
  let norm = 0;
  for (const w of vector.weights) norm += w * w;
  if (norm === 0) return vector;
  const scale = 1 / Math.sqrt(norm);
  return { ids: vector.ids, weights: vector.weights.map((w) => w * scale) };
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
