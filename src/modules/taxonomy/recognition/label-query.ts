import type { PackedLists, TermDictionary } from './packed-lists.js';
import type { LabelIndexSnapshot } from './label-index.js';
import { rarestTermLists } from './label-term-lists.js';
import { findFrequentTerms, type FrequentTerms } from './frequent-terms.js';

/**
 * The per-query scratch of a LabelIndex, reused from query to query: which labels a query touched and the IDF mass of
 * the query terms each holds. A label or term counts as seen in this query when its stamp is the current generation,
 * so nothing needs resetting between queries. Not re-entrant, like ScoreBoard.
 */
export class LabelQuery {
  private readonly stamps: Uint32Array;
  private readonly termStamps: Uint32Array;
  private generation = 0;
  /** The query's distinct term ids in first-occurrence order, and each term's position among them. */
  readonly termIds: Int32Array;
  /** Each distinct query term's weight, by position (1 unless the query gave weights; see begin). */
  private readonly termWeights: Float64Array;
  termCount = 0;
  private readonly termPosition: Int32Array;
  /** Labels found by the last gather, in the order found, and the IDF mass each matched. */
  labels: Int32Array;
  labelCount = 0;
  readonly matched: Float64Array;
  private readonly positions: Int32Array;
  /** The lists labels points to: every label once, or labels touched again (see gatherMultiTerm). */
  private readonly single: Int32Array;
  private rarest: PackedLists | undefined;
  /**
   * What gatherMultiTerm needs, built on its first call (only the skill indexes use it): the list of labels touched
   * again, and the commonest terms of the index (see frequent-terms.ts) with each term's bit, or -1, and each label's bits.
   */
  private multiTerm: { repeated: Int32Array; frequent: FrequentTerms } | undefined;

  constructor(
    private readonly snapshot: LabelIndexSnapshot,
    private readonly dictionary: TermDictionary,
  ) {
    const labelCount = snapshot.concept.length;
    this.stamps = new Uint32Array(labelCount);
    this.single = new Int32Array(labelCount);
    this.labels = this.single;
    this.matched = new Float64Array(labelCount);
    this.termStamps = new Uint32Array(dictionary.size);
    this.termIds = new Int32Array(dictionary.size);
    this.termWeights = new Float64Array(dictionary.size);
    this.termPosition = new Int32Array(dictionary.size);
    const { offsets } = snapshot.labelTerms;
    let longest = 0;
    for (let l = 0; l < labelCount; l += 1) longest = Math.max(longest, offsets[l + 1]! - offsets[l]!);
    this.positions = new Int32Array(longest);
  }

  /** Builds what gatherMultiTerm needs now rather than on its first call (an index that will use it, at load). */
  prepareMultiTerm(): void {
    this.multiTermState();
  }

  private multiTermState(): { repeated: Int32Array; frequent: FrequentTerms } {
    const labelCount = this.snapshot.concept.length;
    return (this.multiTerm ??= {
      // A label is touched again at most once per term beyond its first.
      repeated: new Int32Array(Math.max(0, this.snapshot.labelTerms.values.length - labelCount)),
      frequent: findFrequentTerms(this.snapshot.postings, labelCount),
    });
  }

  /**
   * Starts a query: its distinct known terms, in first-occurrence order (a repeated query term counts once, with the
   * weight of its first occurrence). `weights` (one per query term) scale what each term adds to a label's mass in
   * gatherAll(); the other gathers ignore them.
   */
  begin(queryTerms: readonly string[], weights?: readonly number[]): void {
    this.generation += 1;
    // After 2^32 - 1 queries the stamps wrap: start them again from a clean slate.
    if (this.generation > 0xffffffff) {
      this.stamps.fill(0);
      this.termStamps.fill(0);
      this.generation = 1;
    }
    const { termStamps, termIds, termPosition, termWeights, generation } = this;
    let count = 0;
    for (let i = 0; i < queryTerms.length; i += 1) {
      const id = this.dictionary.idOf(queryTerms[i]!);
      if (id === undefined || termStamps[id] === generation) continue;
      termStamps[id] = generation;
      termPosition[id] = count;
      termWeights[count] = weights?.[i] ?? 1;
      termIds[count++] = id;
    }
    this.termCount = count;
    this.labelCount = 0;
  }

  /** Every label holding a query term, in first-touched order (query term order, then label number), with its mass. */
  gatherAll(): void {
    const { offsets, values } = this.snapshot.postings;
    const { idf } = this.snapshot;
    const { stamps, matched, termIds, termWeights, generation } = this;
    const labels = (this.labels = this.single);
    let count = 0;
    for (let q = 0; q < this.termCount; q += 1) {
      const term = termIds[q]!;
      const termIdf = idf[term]! * termWeights[q]!;
      const end = offsets[term + 1]!;
      for (let i = offsets[term]!; i < end; i += 1) {
        const label = values[i]!;
        if (stamps[label] === generation) matched[label]! += termIdf;
        else {
          stamps[label] = generation;
          matched[label] = termIdf;
          labels[count++] = label;
        }
      }
    }
    this.labelCount = count;
  }

  /**
   * The labels holding two or more query terms, with their mass; a label holding k
   * comes k - 1 times (cheaper than counting per label). It walks the postings of every query term but the commonest
   * one (when it is among the index's frequent terms: "manag", "use" hold thousands of labels): a label holding that
   * one as well is told by its frequent-term bits when another query term first touches it. Its mass is summed in
   * query order as a full walk would: labels first touched before the skipped term wait in `single` for its turn.
   */
  gatherMultiTerm(): void {
    const { offsets, values } = this.snapshot.postings;
    const { idf } = this.snapshot;
    const { stamps, matched, termIds, generation } = this;
    const { repeated, frequent } = this.multiTermState();
    const { labelBits } = frequent;
    const pending = this.single;
    const skipped = this.commonestFrequentQueryTerm(frequent);
    const mask = skipped < 0 ? 0 : 1 << frequent.termBit[termIds[skipped]!]!;
    const skippedIdf = skipped < 0 ? 0 : idf[termIds[skipped]!]!;
    let count = 0;
    let pendingCount = 0;
    for (let q = 0; q < this.termCount; q += 1) {
      if (q === skipped) {
        for (let k = 0; k < pendingCount; k += 1) {
          const label = pending[k]!;
          matched[label]! += skippedIdf;
          repeated[count++] = label;
        }
        continue;
      }
      const afterSkipped = skipped >= 0 && q > skipped;
      const term = termIds[q]!;
      const termIdf = idf[term]!;
      const end = offsets[term + 1]!;
      for (let i = offsets[term]!; i < end; i += 1) {
        const label = values[i]!;
        if (stamps[label] === generation) {
          matched[label]! += termIdf;
          repeated[count++] = label;
        } else {
          stamps[label] = generation;
          if ((labelBits[label]! & mask) === 0) matched[label] = termIdf;
          else if (afterSkipped) {
            matched[label] = skippedIdf;
            matched[label]! += termIdf;
            repeated[count++] = label;
          } else {
            matched[label] = termIdf;
            pending[pendingCount++] = label;
          }
        }
      }
    }
    this.labels = repeated;
    this.labelCount = count;
  }

  /** Position among the query's terms of the one with the longest postings among the frequent terms, or -1. */
  private commonestFrequentQueryTerm(frequent: FrequentTerms): number {
    const { termBit } = frequent;
    let best = -1;
    for (let q = 0; q < this.termCount; q += 1) {
      const bit = termBit[this.termIds[q]!]!;
      if (bit >= 0 && (best < 0 || bit < termBit[this.termIds[best]!]!)) best = q;
    }
    return best;
  }

  /** The labels all of whose terms are in the query (any order), with their mass. */
  gatherWhole(): void {
    this.rarest ??= rarestTermLists(this.snapshot.postings, this.snapshot.labelTerms);
    const { offsets, values } = this.rarest;
    const labelTermOffsets = this.snapshot.labelTerms.offsets;
    const labels = (this.labels = this.single);
    let count = 0;
    for (let q = 0; q < this.termCount; q += 1) {
      const term = this.termIds[q]!;
      // A label sits in one rarest-term list only: no label comes twice.
      for (let i = offsets[term]!; i < offsets[term + 1]!; i += 1) {
        const label = values[i]!;
        if (this.measure(label) === labelTermOffsets[label + 1]! - labelTermOffsets[label]!) labels[count++] = label;
      }
    }
    this.labelCount = count;
    this.sortInScanOrder(count);
  }

  /**
   * Puts the first `count` labels in the order gatherAll() would touch them (first query term, then label number):
   * callers' results can depend on it (which occupation a skill is first reached through). A text holds few whole labels.
   */
  private sortInScanOrder(count: number): void {
    const span = this.labels.length;
    const keyed = Array.from(this.labels.subarray(0, count), (label) => this.firstTermPosition(label) * span + label);
    keyed.sort((a, b) => a - b);
    keyed.forEach((key, i) => (this.labels[i] = key % span));
  }

  /**
   * Counts the query terms a label holds and sums their IDF in query order, the order gatherAll() adds them in, so
   * the mass is the same to the last bit. Labels are short: sorting a handful of positions is cheap.
   */
  private measure(label: number): number {
    const { offsets, values } = this.snapshot.labelTerms;
    const { positions, termStamps, termPosition, generation } = this;
    let held = 0;
    for (let i = offsets[label]!; i < offsets[label + 1]!; i += 1) {
      const term = values[i]!;
      if (termStamps[term] !== generation) continue;
      const position = termPosition[term]!;
      let at = held++;
      while (at > 0 && positions[at - 1]! > position) {
        positions[at] = positions[at - 1]!;
        at -= 1;
      }
      positions[at] = position;
    }
    let mass = 0;
    for (let k = 0; k < held; k += 1) mass += this.snapshot.idf[this.termIds[positions[k]!]!]!;
    this.matched[label] = mass;
    return held;
  }

  /** Position, among the query's distinct terms, of the first one the label holds (termCount if none). */
  firstTermPosition(label: number): number {
    const { offsets, values } = this.snapshot.labelTerms;
    let first = this.termCount;
    for (let i = offsets[label]!; i < offsets[label + 1]!; i += 1) {
      const term = values[i]!;
      if (this.termStamps[term] === this.generation) first = Math.min(first, this.termPosition[term]!);
    }
    return first;
  }
}
