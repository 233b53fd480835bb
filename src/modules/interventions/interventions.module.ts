import type { DomainEvents } from '../../platform/domain-events.js';
import type { Logger } from '../../platform/logger.js';
import type { PersonalDataHolder } from '../privacy/personal-data.js';
import type { ReferenceData } from '../reference/reference-data.js';
import { createMongoCandidateProfileStore } from './candidate-profile.store.js';
import { deleteInterventionsOfCandidate, listInterventions } from './intervention.repository.js';
import { createInterventionService, type InterventionService } from './intervention.service.js';

/** Service history is personal data: the privacy module exports and erases it with the rest. */
export const interventionsPersonalData: PersonalDataHolder = {
  name: 'interventions',
  exportFor: (candidateId) => listInterventions({ candidateIds: [candidateId] }),
  eraseFor: deleteInterventionsOfCandidate,
};

export function createInterventions(deps: { events: DomainEvents; reference: ReferenceData; logger: Logger }): InterventionService {
  return createInterventionService({ ...deps, store: createMongoCandidateProfileStore() });
}
