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

/**
 * Each feature vector with the factor that turns "query weight × stored weight" into an upper bound
 * of its share of the total. Skills are exact (a dot product); occupation levels and the two text
 * cosines are each a max in the scorer, and a sum of non-negative terms is never below their max.
 */
export function weightedFeatureVectors(profile: ConceptFeatures): [SparseVector, number][] {
  return [
    [profile.skills, componentWeights.skills],
    [profile.occupations, componentWeights.occupation * occupationLevel.same],
    [profile.unitGroups, componentWeights.occupation * occupationLevel.unitGroup],
    [profile.minorGroups, componentWeights.occupation * occupationLevel.minorGroup],
    [profile.terms, componentWeights.text],
    [profile.concepts, componentWeights.text],
  ];
}
