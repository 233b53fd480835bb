/**
 * One inverted list: the slots of the profiles holding a feature, with each one's stored weight.
 * Typed arrays that double when full: a JS number[] per list cost 16 bytes an entry plus growth
 * slack, 8 here. Weights are float32; the rounding (relative 6e-8, so under 1e-5 points on a total
 * of at most 100) is covered many times over by the pruning slack, and `maxWeight` stays exact.
 */
export class Postings {
  slots = new Int32Array(4);
  weights = new Float32Array(4);
  length = 0;
  /** The largest stored weight, so a skipped list still bounds what it would have added. */
  maxWeight = 0;

  push(slot: number, weight: number): void {
    if (this.length === this.slots.length) this.grow();
    this.slots[this.length] = slot;
    this.weights[this.length] = weight;
    this.length += 1;
    if (weight > this.maxWeight) this.maxWeight = weight;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    slots.set(this.slots);
    const weights = new Float32Array(this.weights.length * 2);
    weights.set(this.weights);
    this.slots = slots;
    this.weights = weights;
  }
}
