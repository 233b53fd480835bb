const SEGMENT_BITS = 20;
const SEGMENT_SIZE = 1 << SEGMENT_BITS;
const SEGMENT_MASK = SEGMENT_SIZE - 1;
/** Each chunk starts with two header cells in the slot array: its capacity and the next chunk (−1 at the end). */
const HEADER = 2;
const FIRST_CHUNK = 4;
const LARGEST_CHUNK = 4096;
const META = 5;
const [HEAD, TAIL, USED, CAPACITY, LENGTH] = [0, 1, 2, 3, 4];

/**
 * All inverted lists of one index, as chains of chunks in a few shared segments of typed arrays. A
 * list grows by chaining a chunk twice the size of its last (up to 4,096 entries), so nothing is
 * copied and no small array is allocated per list: building 300k profiles' lists was bound by those
 * allocations and copies. Slots are int32; weights float32 (the rounding, relative 6e-8, is far
 * below the engine's pruning slack), while each list's largest weight is kept exactly.
 */
export class PostingPool {
  private readonly slotSegments: Int32Array[] = [];
  private readonly weightSegments: Float32Array[] = [];
  private end = 0;
  /** Per list, side by side so a push reads one cache line: head chunk, tail chunk, entries used in the tail, tail capacity, length. */
  private meta = new Int32Array(0);
  private maxWeights = new Float64Array(0);

  lengthOf(feature: number): number {
    return this.meta[feature * META + LENGTH] ?? 0;
  }

  maxWeightOf(feature: number): number {
    return this.maxWeights[feature] ?? 0;
  }

  push(feature: number, slot: number, weight: number): void {
    if (feature >= this.maxWeights.length) this.growLists(feature);
    const meta = this.meta;
    const m = feature * META;
    let chunk = meta[m + TAIL]!;
    let used = meta[m + USED]!;
    if (meta[m + LENGTH] === 0) {
      chunk = this.allocate(FIRST_CHUNK);
      meta[m + HEAD] = chunk;
      meta[m + CAPACITY] = FIRST_CHUNK;
      used = 0;
    } else if (used === meta[m + CAPACITY]) {
      const capacity = Math.min(LARGEST_CHUNK, 2 * used);
      const next = this.allocate(capacity);
      this.slotSegments[chunk >>> SEGMENT_BITS]![(chunk & SEGMENT_MASK) + 1] = next;
      meta[m + CAPACITY] = capacity;
      chunk = next;
      used = 0;
    }
    const at = (chunk & SEGMENT_MASK) + HEADER + used;
    this.slotSegments[chunk >>> SEGMENT_BITS]![at] = slot;
    this.weightSegments[chunk >>> SEGMENT_BITS]![at] = weight;
    meta[m + TAIL] = chunk;
    meta[m + USED] = used + 1;
    meta[m + LENGTH]! += 1;
    if (weight > this.maxWeights[feature]!) this.maxWeights[feature] = weight;
  }

  /**
   * Adds q × weight to `acc` for every entry of a list, marking and recording slots seen for the first
   * time in `touched` from position `count`; returns the new count. The engine's hottest loop.
   */
  accumulate(feature: number, q: number, acc: Float64Array, mark: Uint8Array, touched: Int32Array, count: number): number {
    const m = feature * META;
    if (!this.meta[m + LENGTH]) return count;
    const last = this.meta[m + TAIL]!;
    for (let chunk = this.meta[m + HEAD]!; chunk !== -1;) {
      const slots = this.slotSegments[chunk >>> SEGMENT_BITS]!;
      const weights = this.weightSegments[chunk >>> SEGMENT_BITS]!;
      const base = chunk & SEGMENT_MASK;
      const start = base + HEADER;
      const end = start + (chunk === last ? this.meta[m + USED]! : slots[base]!);
      for (let j = start; j < end; j++) {
        const slot = slots[j]!;
        if (mark[slot] === 0) {
          mark[slot] = 1;
          touched[count++] = slot;
        }
        acc[slot]! += q * weights[j]!;
      }
      chunk = slots[base + 1]!;
    }
    return count;
  }

  /** Reserves a chunk in the last segment (a new one when it does not fit), growing that segment as needed. */
  private allocate(capacity: number): number {
    const size = HEADER + capacity;
    if ((this.end & SEGMENT_MASK) + size > SEGMENT_SIZE) this.end = (Math.floor(this.end / SEGMENT_SIZE) + 1) * SEGMENT_SIZE;
    const segment = Math.floor(this.end / SEGMENT_SIZE);
    if (segment === this.slotSegments.length) {
      this.slotSegments.push(new Int32Array(0));
      this.weightSegments.push(new Float32Array(0));
    }
    const local = this.end & SEGMENT_MASK;
    if (local + size > this.slotSegments[segment]!.length) this.growSegment(segment, local + size);
    this.slotSegments[segment]![local] = capacity;
    this.slotSegments[segment]![local + 1] = -1;
    const chunk = this.end;
    this.end += size;
    return chunk;
  }

  /** The last segment starts small and doubles up to its full size, so small indexes stay small. */
  private growSegment(segment: number, needed: number): void {
    const length = Math.min(SEGMENT_SIZE, Math.max(needed, 4096, 2 * this.slotSegments[segment]!.length));
    const slots = new Int32Array(length);
    slots.set(this.slotSegments[segment]!);
    const weights = new Float32Array(length);
    weights.set(this.weightSegments[segment]!);
    this.slotSegments[segment] = slots;
    this.weightSegments[segment] = weights;
  }

  private growLists(feature: number): void {
    const size = Math.max(feature + 1, 1024, 2 * this.maxWeights.length);
    const meta = new Int32Array(size * META);
    meta.set(this.meta);
    const maxWeights = new Float64Array(size);
    maxWeights.set(this.maxWeights);
    this.meta = meta;
    this.maxWeights = maxWeights;
  }
}
