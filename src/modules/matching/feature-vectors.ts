import type { OccupationFeatures } from './match-profile.types.js';
import { componentWeights, occupationLevel } from './scoring-weights.js';
import type { SparseVector } from './sparse-vector.js';

/** The concept features both sides of a match have, whichever side is indexed. */
export interface ConceptFeatures extends OccupationFeatures {
  id: string;
  skills: SparseVector;
  terms: SparseVector;
  concepts: SparseVector;
}

const { same, unitGroup, minorGroup } = occupationLevel;
const occupationWeight = componentWeights.occupation;

/**
 * Each feature vector of a query's probe with the factor that turns "probe weight × stored weight"
 * into an upper bound of its share of the total. Skills are exact (a dot product); the two text
 * cosines are each a max in the scorer, and a sum of non-negative terms is never below their max.
 *
 * The occupation component is the best of three levels (1, 0.6, 0.3), and sharing an occupation means
 * sharing its unit and minor group too. When both profiles are `hierarchical` (every group weighted by
 * the best confidence of its occupations), the levels are posted as increments, 1 − 0.6, 0.6 − 0.3 and
 * 0.3: a shared occupation with product p brings its groups with products ≥ p, so the sum is ≥ p; a
 * shared unit group p brings its minor group, ≥ 0.6p; so the bound holds, and it is exact for the
 * common case, where plain factors overstated a same-occupation pair by 0.225 of the total.
 */
export function probeFeatureVectors(profile: ConceptFeatures): [SparseVector, number][] {
  const [occupation, unit, minor] = profile.hierarchical ? [same - unitGroup, unitGroup - minorGroup, minorGroup] : [same, unitGroup, minorGroup];
  return [
    [profile.skills, componentWeights.skills],
    [profile.occupations, occupationWeight * occupation],
    [profile.unitGroups, occupationWeight * unit],
    [profile.minorGroups, occupationWeight * minor],
    [profile.terms, componentWeights.text],
    [profile.concepts, componentWeights.text],
  ];
}

/**
 * Each feature vector of an indexed profile with the scale of its stored weights. A profile that is
 * not `hierarchical` stores its occupation levels scaled up so that, against the increments above, its
 * bound is the plain one again (never below what it could score).
 */
export function storedFeatureVectors(profile: ConceptFeatures): [SparseVector, number][] {
  const [occupation, unit] = profile.hierarchical ? [1, 1] : [same / (same - unitGroup), unitGroup / (unitGroup - minorGroup)];
  return [
    [profile.skills, 1],
    [profile.occupations, occupation],
    [profile.unitGroups, unit],
    [profile.minorGroups, 1],
    [profile.terms, 1],
    [profile.concepts, 1],
  ];
}
