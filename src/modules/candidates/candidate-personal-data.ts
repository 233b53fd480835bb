import { findConsentsOfCandidate, insertConsent, type Consent } from '../privacy/consent.repository.js';
import type { PrivacyService } from '../privacy/privacy.service.js';
import * as repository from './candidate.repository.js';
import type { ConsentInput } from './candidate-api.schema.js';

/**
 * Tells the privacy module where this module keeps data about a person, so export and erasure reach
 * the profile, the identity and the protected block as well as the consents it owns itself.
 */
export function registerCandidatePersonalData(privacy: PrivacyService): void {
  privacy.setCandidateLocator({
    locate: async (id) => {
      const profile = await repository.findProfile(id);
      return profile ? (profile.centreId ? { centreId: profile.centreId } : {}) : undefined;
    },
    findInactiveSince: repository.findProfileIdsUpdatedBefore,
  });
  privacy.registerHolder({ name: 'candidateProfile', exportFor: repository.findProfile, eraseFor: repository.eraseProfile });
  privacy.registerHolder({ name: 'candidateIdentity', exportFor: repository.findIdentity, eraseFor: repository.eraseIdentity });
  privacy.registerHolder({ name: 'candidateProtected', exportFor: repository.findProtected, eraseFor: repository.eraseProtected });
}

/** The stored form of consents given at registration: the id names purpose, date and recorder, so each is stored once. */
export function consentsOf(candidateId: string, consents: ConsentInput[]): Consent[] {
  return consents.map((consent) => ({
    id: `${candidateId}:${consent.purpose}:${consent.date}:${consent.recordedBy}`,
    candidateId,
    purpose: consent.purpose,
    grantedAt: new Date(`${consent.date}T00:00:00Z`),
    recordedBy: consent.recordedBy,
  }));
}

/** Consents given at registration; a consent with the same purpose, date and recorder is stored once. */
export async function storeConsents(candidateId: string, consents: ConsentInput[]): Promise<void> {
  const existing = new Set((await findConsentsOfCandidate(candidateId)).map((c) => c.id));
  for (const consent of consentsOf(candidateId, consents)) {
    if (existing.has(consent.id)) continue;
    await insertConsent(consent);
    existing.add(consent.id);
  }
}
