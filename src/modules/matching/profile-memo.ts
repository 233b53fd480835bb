import type { RecognizedSkill } from '../taxonomy/taxonomy.types.js';
import { BoundedMemo } from './bounded-memo.js';
import type { OccupationFeatures } from './match-profile.types.js';
import type { SparseVector } from './sparse-vector.js';

/** Skills recognised in one text, as URIs (for the explanation) and as interned feature ids. */
export interface RecognisedSkills {
  uris: readonly string[];
  ids: Int32Array;
}

/** A vacancy's skills component: share per skill id, and 1 for essential ones (parallel to the ids). */
export interface VacancySkills {
  skills: SparseVector;
  essential: Uint8Array;
}

/**
 * What profile building derives from repeated inputs (an occupation, a text, a recognition result),
 * memoised so each is derived once. Derived vectors are shared between profiles and never mutated.
 * Memos keyed by a recognition result hold it weakly: they go when the recognizer's memo forgets it.
 */
export interface ProfileMemo {
  occupationFeatures: BoundedMemo<string, OccupationFeatures>;
  /** Digest of a profile's texts → their term vector (see textTerms). */
  terms: BoundedMemo<string, SparseVector>;
  recognised: WeakMap<readonly RecognizedSkill[], RecognisedSkills>;
  concepts: WeakMap<RecognisedSkills, Map<string, SparseVector>>;
  /** Skills the occupation profile of a vacancy (and its text) implies, when it states none. */
  impliedVacancySkills: WeakMap<RecognisedSkills, Map<string, VacancySkills>>;
  /** Occupation URI → ids of its essential and optional skills. */
  occupationSkills: Map<string, { essential: Int32Array; optional: Int32Array }>;
  /** Skill id → ids of the skills one step away. */
  neighbourIds: Map<number, Int32Array>;
}

const MEMO_LIMIT = 100_000;

export function createProfileMemo(): ProfileMemo {
  return {
    occupationFeatures: new BoundedMemo(MEMO_LIMIT),
    terms: new BoundedMemo(MEMO_LIMIT),
    recognised: new WeakMap(),
    concepts: new WeakMap(),
    impliedVacancySkills: new WeakMap(),
    occupationSkills: new Map(),
    neighbourIds: new Map(),
  };
}

/** Memoises `compute` under `outer` (held weakly) and `key`. */
export function weakMemo<O extends object, V>(memo: WeakMap<O, Map<string, V>>, outer: O, key: string, compute: () => V): V {
  let inner = memo.get(outer);
  if (!inner) memo.set(outer, (inner = new Map()));
  let value = inner.get(key);
  if (value === undefined) inner.set(key, (value = compute()));
  return value;
}
