import type { ConceptFeatures } from './feature-vectors.js';
import type { Evaluated, FeatureIndex, TopKQuery, TopKStats } from './feature-index.js';
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
  /** Touched slots still to walk after the seed, then the same in bucket order. */
  pending: Int32Array;
  order: Int32Array;
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
      pending: new Int32Array(size),
      order: new Int32Array(size),
      buckets: new Int32Array(HISTOGRAM_BUCKETS + 1),
    };
    scratchByIndex.set(index, scratch);
  }
  return scratch;
}

/** The bound value at or above which about `wanted` touched profiles lie (a histogram, not a sort). */
function seedCut(acc: Float64Array, touched: Int32Array, count: number, wanted: number): number {
  let max = 0;
  for (let i = 0; i < count; i++) max = Math.max(max, acc[touched[i]!]!);
  if (count <= wanted || max === 0) return 0;
  const buckets = new Int32Array(HISTOGRAM_BUCKETS);
  const scale = (HISTOGRAM_BUCKETS - 1) / max;
  for (let i = 0; i < count; i++) buckets[Math.floor(acc[touched[i]!]! * scale)]! += 1;
  let seen = 0;
  for (let b = HISTOGRAM_BUCKETS - 1; b >= 0; b--) {
    seen += buckets[b]!;
    if (seen >= wanted) return b / scale;
  }
  return 0;
}

/**
 * Orders `slots[0..n)` by bound bucket, best first (a counting sort: linear, where sorting tens of
 * thousands of slots with a comparator dominated slow queries). Returns the scale: slot s lies in
 * bucket floor(acc[s] · scale), whose bounds are all below (bucket + 1) / scale.
 */
function orderByBucket(acc: Float64Array, slots: Int32Array, n: number, scratch: Scratch): number {
  let max = 0;
  for (let i = 0; i < n; i++) max = Math.max(max, acc[slots[i]!]!);
  const scale = max > 0 ? (HISTOGRAM_BUCKETS - 1) / max : 0;
  const { buckets, order } = scratch;
  buckets.fill(0);
  for (let i = 0; i < n; i++) buckets[HISTOGRAM_BUCKETS - 1 - Math.floor(acc[slots[i]!]! * scale)]! += 1;
  let start = 0;
  for (let b = 0; b <= HISTOGRAM_BUCKETS; b++) {
    const size = buckets[b]!;
    buckets[b] = start;
    start += size;
  }
  for (let i = 0; i < n; i++) order[buckets[HISTOGRAM_BUCKETS - 1 - Math.floor(acc[slots[i]!]! * scale)]!++] = slots[i]!;
  return scale;
}

/**
 * Exact top k with pruning. A profile's total is its concept part (≤ acc, from the inverted lists)
 * plus the rest (≤ restBound). A profile that shares no feature with the probe has a concept part of
 * exactly 0. So once k accepted results reach θ, every profile with 100·(acc + restBound) + slack < θ
 * cannot enter, and the untouched ones need a scan only while θ ≤ 100·restBound. Skipped common lists
 * (see feature-index.ts) add their largest contribution, `extra`, to every bound.
 */
export function candidatePool<P extends ConceptFeatures>(
  index: FeatureIndex<P>,
  query: TopKQuery<P>,
  stats?: TopKStats,
): Evaluated[] {
  const scratch = scratchFor(index);
  const { acc, mark, touched, pending, order } = scratch;
  const { count, extra } = index.accumulate(query.probe, acc, mark, touched);
  const restBound = query.restBound + extra;
  const top = new TopK<Evaluated>(query.k);
  let scored = 0;
  /** Scores one profile unless a filter or its tight bound rules it out; the full match only if it enters. */
  const consider = (slot: number, tight: boolean): void => {
    const profile = index.profileAt(slot);
    mark[slot] = 2;
    if (!profile || (query.include && !query.include(profile))) return;
    if (tight && query.restExact && 100 * (acc[slot]! + extra + query.restExact(profile)) + SLACK < top.threshold) return;
    scored += 1;
    if (!top.admits(query.score(profile), profile.id)) return;
    const result = query.evaluate(profile);
    if (result.accepted) top.offer(result);
  };
  const bound = (slot: number): number => 100 * (acc[slot]! + restBound) + SLACK;
  try {
    const cut = seedCut(acc, touched, count, query.k * SEED_FACTOR);
    for (let i = 0; i < count; i++) if (acc[touched[i]!]! >= cut) consider(touched[i]!, false);
    let n = 0;
    for (let i = 0; i < count; i++) {
      const slot = touched[i]!;
      if (mark[slot] === 1 && bound(slot) >= top.threshold) pending[n++] = slot;
    }
    const scale = orderByBucket(acc, pending, n, scratch);
    for (let i = 0; i < n; i++) {
      const slot = order[i]!;
      // Every later slot lies in this bucket or a lower one, so none can reach θ once the bucket's top cannot.
      if (scale > 0 && 100 * ((Math.floor(acc[slot]! * scale) + 1) / scale + restBound) + SLACK < top.threshold) break;
      if (bound(slot) >= top.threshold) consider(slot, true);
    }
    const scanUntouched = !top.full || 100 * restBound + SLACK >= top.threshold;
    if (scanUntouched) {
      for (let slot = 0; slot < index.slotCount; slot++) if (mark[slot] === 0) consider(slot, true);
    }
    if (stats) Object.assign(stats, { touched: count, scored, scannedUntouched: scanUntouched });
    return top.items;
  } finally {
    for (let i = 0; i < count; i++) acc[touched[i]!] = 0;
    mark.fill(0);
  }
}
