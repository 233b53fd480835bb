import { randomUUID } from 'node:crypto';
import type { DomainEvents } from '../../platform/domain-events.js';
import { NotFoundError, ValidationError } from '../../platform/errors.js';
import type { Logger } from '../../platform/logger.js';
import type { Principal } from '../identity/identity.types.js';
import { assertCanManageCandidate, candidateViewFor } from '../identity/data-scope.js';
import { ForbiddenError } from '../identity/identity.errors.js';
import { hasRole } from '../identity/role-scopes.js';
import type { ReferenceData } from '../reference/reference-data.js';
import type { CandidateForIntervention, CandidateProfileStore } from './candidate-profile.store.js';
import type { Intervention, InterventionDetails } from './intervention.types.js';
import type { InterventionListQuery, NewInterventionInput } from './intervention.schema.js';
import { profileEffectOf } from './profile-effect.js';
import { insertIntervention, listInterventions, listPendingEffects, markInterventionApplied } from './intervention.repository.js';
import { assertInterventionFitsCandidate } from './intervention-checks.js';

export interface InterventionServiceDeps {
  events: DomainEvents;
  store: CandidateProfileStore;
  reference: ReferenceData;
  logger: Logger;
}

/** Service history is as sensitive as the profile: only the candidate's own centre (or a key with candidates:read) reads it. */
function assertCanReadHistory(principal: Principal, candidate: CandidateForIntervention): void {
  const view = candidateViewFor(principal, { centreId: candidate.centreId, sharingConsent: false, introducedEmployerIds: [] });
  if (view !== 'full') throw new ForbiddenError('This candidate belongs to another employment centre');
}

export function createInterventionService(deps: InterventionServiceDeps) {
  async function findCandidateOrThrow(id: string): Promise<CandidateForIntervention> {
    const candidate = await deps.store.findCandidate(id);
    if (!candidate) throw new NotFoundError('candidate', id);
    return candidate;
  }

  /**
   * Applies the profile effect and only then marks the intervention applied. If the process dies in
   * between, the intervention stays pending and `applyPendingEffects` redoes it; the effect is
   * idempotent, so a repeat changes nothing.
   */
  async function applyEffect(intervention: Intervention): Promise<Intervention> {
    const effect = profileEffectOf(intervention);
    if (effect && (await deps.store.applyEffect(intervention.candidateId, effect))) deps.events.emit('candidate.saved', { id: intervention.candidateId });
    const appliedAt = new Date();
    await markInterventionApplied(intervention.id, appliedAt);
    return { ...intervention, appliedAt };
  }

  async function recordIntervention(principal: Principal, candidateId: string, input: NewInterventionInput): Promise<Intervention> {
    const candidate = await findCandidateOrThrow(candidateId);
    assertCanManageCandidate(principal, candidate);
    assertInterventionFitsCandidate(input, candidate, deps.reference);
    const centreId = candidate.centreId ?? principal.centreId;
    if (!centreId) throw new ValidationError('The candidate is not filed under an employment centre', [{ path: 'candidateId', message: 'no centre' }]);
    const { details, staffId, ...fields } = input;
    const intervention: Intervention = {
      ...fields,
      id: randomUUID(),
      candidateId,
      centreId,
      staffId: staffId ?? principal.id,
      details: details as InterventionDetails,
      recordedBy: principal.id,
      recordedAt: new Date(),
      hasProfileEffect: profileEffectOf({ type: input.type, outcome: input.outcome, details: details as InterventionDetails }) !== undefined,
    };
    await insertIntervention(intervention);
    return intervention.hasProfileEffect ? applyEffect(intervention) : intervention;
  }

  async function listForCandidate(principal: Principal, candidateId: string): Promise<Intervention[]> {
    assertCanReadHistory(principal, await findCandidateOrThrow(candidateId));
    return listInterventions({ candidateIds: [candidateId] });
  }

  /** Staff see their own centre's services; integration keys with candidates:read see every centre. */
  async function searchInterventions(principal: Principal, query: InterventionListQuery): Promise<Intervention[]> {
    const ownCentreOnly = principal.kind === 'user';
    if (ownCentreOnly && (!hasRole(principal, 'staff') || !principal.centreId)) throw new ForbiddenError('Only staff of an employment centre may list services');
    if (ownCentreOnly && query.centreId && query.centreId !== principal.centreId) throw new ForbiddenError('Services of other employment centres are not visible to you');
    const centreId = ownCentreOnly ? principal.centreId : query.centreId;
    const found = await listInterventions(
      { ...(centreId ? { centreIds: [centreId] } : {}), ...(query.candidateId ? { candidateIds: [query.candidateId] } : {}), type: query.type, fundingLine: query.fundingLine, from: query.from, to: query.to },
      query.limit,
      query.offset,
    );
    return query.from ? found.filter((i) => (i.endDate ?? i.startDate) >= query.from!) : found;
  }

  /** Finishes effects a crash left half-done; run at startup and by the scheduler. */
  async function applyPendingEffects(): Promise<number> {
    let applied = 0;
    for (const intervention of await listPendingEffects()) {
      await applyEffect(intervention);
      applied += 1;
    }
    if (applied > 0) deps.logger.info({ applied }, 'interventions: pending profile effects applied');
    return applied;
  }

  return { recordIntervention, listForCandidate, searchInterventions, applyPendingEffects, applyEffect };
}

export type InterventionService = ReturnType<typeof createInterventionService>;
