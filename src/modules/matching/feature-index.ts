import { probeFeatureVectors, storedFeatureVectors, type ConceptFeatures } from './feature-vectors.js';
import { candidatePool } from './candidate-pool.js';
import { PostingPool } from './posting-pool.js';
import { TopK, type Ranked } from './top-k.js';

/**
 * Lists longer than this share of all slots (template words, transversal skills) are not walked: a
 * feature in a twentieth of everything barely ranks, and walking it dominated query time. Each skipped
 * list adds its largest possible contribution to every profile's bound instead, so pruning stays exact.
 */
export const defaultCommonLists = { share: 0.05, min: 2000 };

export interface Evaluated extends Ranked {
  /** Counted towards the top k only when true (e.g. eligible pairs). */
  accepted: boolean;
}

/** The exact share of the total from the components the lists cannot see, for one pair. */
export interface RestShare {
  share: number;
}

export interface TopKQuery<P, R extends RestShare = RestShare> {
  /** The other side's profile, whose concept features probe the inverted lists. */
  probe: ConceptFeatures;
  k: number;
  /** Largest possible share of the total from the components the lists cannot see (language, …). */
  restBound: number;
  /**
   * The exact rest of one profile (cheaper than `score`), to tighten the bound; it is handed to `score`
   * for the same profile, so it is computed once. It may reuse one object: it is read before the next call.
   */
  rest: (profile: P) => R;
  /** Cheap static filter (province, already-decided pairs); false skips the profile. */
  include?: (profile: P) => boolean;
  /** The exact score of one pair on the 0–100 scale, without building the match, from its rest. */
  score: (profile: P, rest: R) => number;
  /** Full scoring of one pair, whose score equals `score(profile)`; built only for pairs entering the top k. */
  evaluate: (profile: P) => Evaluated;
}

export interface TopKStats {
  touched: number;
  scored: number;
  scannedUntouched: boolean;
}

/**
 * Profiles of one side (vacancies or candidates) with inverted lists over their concept features.
 * Removal leaves a hole that `compact` reclaims; a changed profile is removed and added again.
 */
export class FeatureIndex<P extends ConceptFeatures> {
  private readonly profiles: (P | undefined)[] = [];
  private readonly slotById = new Map<string, number>();
  private postings = new PostingPool();
  private holes = 0;

  constructor(private readonly commonLists = defaultCommonLists) {}

  get size(): number {
    return this.slotById.size;
  }

  get slotCount(): number {
    return this.profiles.length;
  }

  get(id: string): P | undefined {
    const slot = this.slotById.get(id);
    return slot === undefined ? undefined : this.profiles[slot];
  }

  *all(): Iterable<P> {
    for (const p of this.profiles) if (p) yield p;
  }

  profileAt(slot: number): P | undefined {
    return this.profiles[slot];
  }

  upsert(profile: P): void {
    this.remove(profile.id);
    const slot = this.profiles.length;
    this.profiles.push(profile);
    this.slotById.set(profile.id, slot);
    this.post(slot, profile);
  }

  remove(id: string): boolean {
    const slot = this.slotById.get(id);
    if (slot === undefined) return false;
    this.profiles[slot] = undefined;
    this.slotById.delete(id);
    this.holes += 1;
    if (this.holes > 1000 && this.holes > this.profiles.length / 4) this.compact();
    return true;
  }

  /** Rebuilds slots and lists without the holes left by removals. */
  compact(): void {
    const live = this.profiles.filter((p): p is P => p !== undefined);
    this.profiles.length = 0;
    this.slotById.clear();
    this.postings = new PostingPool();
    this.holes = 0;
    for (const p of live) this.upsert(p);
  }

  /** Each posting holds the stored profile's weight (scaled, see storedFeatureVectors); the query applies the component factor. */
  private post(slot: number, profile: P): void {
    for (const [vector, scale] of storedFeatureVectors(profile)) {
      for (let i = 0; i < vector.ids.length; i++) this.postings.push(vector.ids[i]!, slot, scale * vector.weights[i]!);
    }
  }

  /**
   * Upper bounds of the concept part of the total for every profile sharing a walked feature with the
   * probe; returns the bound `extra` that skipped common lists may add to any profile, touched or not.
   */
  accumulate(probe: ConceptFeatures, acc: Float64Array, mark: Uint8Array, touched: Int32Array): { count: number; extra: number } {
    let count = 0;
    let extra = 0;
    const common = Math.max(this.commonLists.min, this.commonLists.share * this.profiles.length);
    for (const [vector, factor] of probeFeatureVectors(probe)) {
      for (let i = 0; i < vector.ids.length; i++) {
        const feature = vector.ids[i]!;
        const q = factor * vector.weights[i]!;
        if (this.postings.lengthOf(feature) > common) extra += q * this.postings.maxWeightOf(feature);
        else count = this.postings.accumulate(feature, q, acc, mark, touched, count);
      }
    }
    return { count, extra };
  }

  /** The exact top k, pruned: see candidate-pool.ts for why nothing that belongs is skipped. */
  topK<R extends RestShare>(query: TopKQuery<P, R>, stats?: TopKStats): Evaluated[] {
    return candidatePool(this, query, stats);
  }

  /** The reference answer: every profile scored. */
  bruteForce<R extends RestShare>(query: TopKQuery<P, R>): Evaluated[] {
    const top = new TopK<Evaluated>(query.k);
    for (const profile of this.all()) {
      if (query.include && !query.include(profile)) continue;
      const result = query.evaluate(profile);
      if (result.accepted) top.offer(result);
    }
    return top.items;
  }
}
