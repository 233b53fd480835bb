import mongoose from 'mongoose';
import { ConflictError } from '../../platform/errors.js';
import type { RecognitionStatus } from './intervention.types.js';
import { setQualificationRecognition, upgradeSkillEvidence, type ProfileEffect, type ProfileQualification, type ProfileSkill } from './profile-effect.js';

/** The slice of a stored candidate that recording an intervention needs. */
export interface CandidateForIntervention {
  id: string;
  centreId?: string;
  skills: ProfileSkill[];
  qualifications: ProfileQualification[];
}

/**
 * The candidate store as interventions see it. The Mongo implementation below reads and writes the
 * `candidates` collection (CONTRACTS.md §1 fields at the top level, `_id` = candidate id, `centreId`);
 * swap in the candidates module's service here when it offers the same two operations.
 */
export interface CandidateProfileStore {
  findCandidate(id: string): Promise<CandidateForIntervention | undefined>;
  /** Applies the effect in one single-document write; true when the stored profile changed. */
  applyEffect(id: string, effect: ProfileEffect): Promise<boolean>;
}

interface StoredCandidate {
  _id: string;
  centreId?: string;
  skills?: ProfileSkill[];
  qualifications?: ProfileQualification[];
  updatedAt?: Date;
}

const MAX_ATTEMPTS = 5;

function nextProfile(doc: StoredCandidate, effect: ProfileEffect): Partial<StoredCandidate> | undefined {
  if (effect.kind === 'skill-evidence') {
    const { skills, changed } = upgradeSkillEvidence(doc.skills ?? [], effect.skills, effect.level);
    return changed ? { skills } : undefined;
  }
  const { qualifications, changed } = setQualificationRecognition(doc.qualifications ?? [], effect.index, effect.status as RecognitionStatus);
  return changed ? { qualifications } : undefined;
}

export function createMongoCandidateProfileStore(collectionName = 'candidates'): CandidateProfileStore {
  const collection = () => mongoose.connection.collection<StoredCandidate>(collectionName);
  return {
    async findCandidate(id) {
      const doc = await collection().findOne({ _id: id }, { projection: { centreId: 1, skills: 1, qualifications: 1 } });
      return doc ? { id: doc._id, ...(doc.centreId ? { centreId: doc.centreId } : {}), skills: doc.skills ?? [], qualifications: doc.qualifications ?? [] } : undefined;
    },

    /**
     * Compare-and-set on `updatedAt` (no transactions on FerretDB v1): a concurrent edit makes the
     * write miss, and the effect is recomputed on the fresh document. The effect never lowers
     * anything, so recomputing is always safe.
     */
    async applyEffect(id, effect) {
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
        const doc = await collection().findOne({ _id: id });
        if (!doc) return false;
        const changes = nextProfile(doc, effect);
        if (!changes) return false;
        const guard = doc.updatedAt ? { updatedAt: doc.updatedAt } : { updatedAt: { $exists: false } };
        const result = await collection().updateOne({ _id: id, ...guard }, { $set: { ...changes, updatedAt: new Date() } });
        if (result.matchedCount === 1) return true;
      }
      throw new ConflictError('The candidate kept changing while the intervention was applied; it will be retried', { candidateId: id });
    },
  };
}
