import type { ConceptFeatures } from './feature-vectors.js';
import type { Evaluated, FeatureIndex, RestShare, TopKQuery, TopKStats } from './feature-index.js';
import { TopK } from './top-k.js';

/** How many of the best-bounded profiles are scored first, to learn a threshold to prune against. */
const SEED_FACTOR = 4;
const HISTOGRAM_BUCKETS = 1024;
/** Float sums of bounds may drift by ~1e-15 (float32 postings by ~1e-5 points); half a rounding step of the 2-decimal score covers it. */
const SLACK = 0.01;

interface Scratch {
  acc: Float64Array;
  mark: Uint8Array;
  touched: Int32Array;
  /** The bound of each touched slot, gathered once so later passes read memory in order. */
  values: Float64Array;
  /** Touched slots still to walk after the seed (with their bounds), then the same in bucket order. */
  pending: Int32Array;
  pendingValues: Float64Array;
  order: Int32Array;
  orderValues: Float64Array;
  buckets: Int32Array;
}

const scratchByIndex = new WeakMap<object, Scratch>();

function scratchFor(index: FeatureIndex<ConceptFeatures>): Scratch {
  let scratch = scratchByIndex.get(index);
  if (!scratch || scratch.acc.length < index.slotCount) {
    const size = Math.max(1024, Math.ceil(index.slotCount * 1.25));
    scratch = {
      acc: new Float64Array(size),
      mark: new Uint8Array(size),
      touched: new Int32Array(size),
      values: new Float64Array(size),
      pending: new Int32Array(size),
      pendingValues: new Float64Array(size),
      order: new Int32Array(size),
      orderValues: new Float64Array(size),
      buckets: new Int32Array(HISTOGRAM_BUCKETS + 1),
    };
    scratchByIndex.set(index, scratch);
  }
  return scratch;
}

/** The bound value at or above which about `wanted` of the first `count` values lie (a histogram, not a sort). */
function seedCut(values: Float64Array, count: number, wanted: number, buckets: Int32Array): number {
  let max = 0;
  for (let i = 0; i < count; i++) max = Math.max(max, values[i]!);
  if (count <= wanted || max === 0) return 0;
  buckets.fill(0);
  const scale = (HISTOGRAM_BUCKETS - 1) / max;
  for (let i = 0; i < count; i++) buckets[Math.floor(values[i]! * scale)]! += 1;
  let seen = 0;
  for (let b = HISTOGRAM_BUCKETS - 1; b >= 0; b--) {
    seen += buckets[b]!;
    if (seen >= wanted) return b / scale;
  }
  return 0;
}

/**
 * Copies the first n pending slots (and their bounds) into `order` by bound bucket, best first (a
 * counting sort: linear, where sorting tens of thousands of slots with a comparator dominated slow
 * queries). Returns the scale: a bound v lies in bucket floor(v · scale), all of whose bounds are
 * below (bucket + 1) / scale.
 */
function orderByBucket(n: number, scratch: Scratch): number {
  const { pending, pendingValues, order, orderValues, buckets } = scratch;
  let max = 0;
  for (let i = 0; i < n; i++) max = Math.max(max, pendingValues[i]!);
  const scale = max > 0 ? (HISTOGRAM_BUCKETS - 1) / max : 0;
  const bucketOf = (v: number): number => HISTOGRAM_BUCKETS - 1 - Math.floor(v * scale);
  buckets.fill(0);
  for (let i = 0; i < n; i++) buckets[bucketOf(pendingValues[i]!)]! += 1;
  let start = 0;
  for (let b = 0; b <= HISTOGRAM_BUCKETS; b++) {
    const size = buckets[b]!;
    buckets[b] = start;
    start += size;
  }
  for (let i = 0; i < n; i++) {
    const at = buckets[bucketOf(pendingValues[i]!)]!++;
    order[at] = pending[i]!;
    orderValues[at] = pendingValues[i]!;
  }
  return scale;
}

/**
 * Exact top k with pruning. A profile's total is its concept part (≤ acc, from the inverted lists)
 * plus the rest (≤ restBound). A profile that shares no feature with the probe has a concept part of
 * exactly 0. So once k accepted results reach θ, every profile with 100·(acc + restBound) + slack < θ
 * cannot enter, and the untouched ones need a scan only while θ ≤ 100·restBound. Skipped common lists
 * (see feature-index.ts) add their largest contribution, `extra`, to every bound.
 */
export function candidatePool<P extends ConceptFeatures, R extends RestShare>(
  index: FeatureIndex<P>,
  query: TopKQuery<P, R>,
  stats?: TopKStats,
): Evaluated[] {
  const scratch = scratchFor(index);
  const { acc, mark, touched, values, pending, pendingValues, order, orderValues } = scratch;
  const { count, extra } = index.accumulate(query.probe, acc, mark, touched);
  const restBound = query.restBound + extra;
  const top = new TopK<Evaluated>(query.k);
  let scored = 0;
  /** Scores one profile unless a filter or its tight bound rules it out; the full match only if it enters. */
  const consider = (slot: number, concept: number, tight: boolean): void => {
    const profile = index.profileAt(slot);
    mark[slot] = 2;
    if (!profile || (query.include && !query.include(profile))) return;
    const rest = query.rest(profile);
    if (tight && 100 * (concept + extra + rest.share) + SLACK < top.threshold) return;
    scored += 1;
    if (!top.admits(query.score(profile, rest), profile.id)) return;
    const result = query.evaluate(profile);
    if (result.accepted) top.offer(result);
  };
  const reaches = (concept: number): boolean => 100 * (concept + restBound) + SLACK >= top.threshold;
  try {
    for (let i = 0; i < count; i++) values[i] = acc[touched[i]!]!;
    const cut = seedCut(values, count, query.k * SEED_FACTOR, scratch.buckets);
    for (let i = 0; i < count; i++) if (values[i]! >= cut) consider(touched[i]!, values[i]!, false);
    let n = 0;
    for (let i = 0; i < count; i++) {
      if (values[i]! >= cut || !reaches(values[i]!)) continue;
      pending[n] = touched[i]!;
      pendingValues[n++] = values[i]!;
    }
    const scale = orderByBucket(n, scratch);
    for (let i = 0; i < n; i++) {
      const value = orderValues[i]!;
      // Every later slot lies in this bucket or a lower one, so none can reach θ once the bucket's top cannot.
      if (scale > 0 && !reaches((Math.floor(value * scale) + 1) / scale)) break;
      if (reaches(value)) consider(order[i]!, value, true);
    }
    const scanUntouched = !top.full || reaches(0);
    if (scanUntouched) {
      for (let slot = 0; slot < index.slotCount; slot++) if (mark[slot] === 0) consider(slot, 0, true);
    }
    if (stats) Object.assign(stats, { touched: count, scored, scannedUntouched: scanUntouched });
    return top.items;
  } finally {
    for (let i = 0; i < count; i++) acc[touched[i]!] = 0;
    mark.fill(0);
  }
}
