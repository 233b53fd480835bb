import { randomUUID } from 'node:crypto';
import { NotFoundError } from '../../platform/errors.js';
import type { DomainEvents } from '../../platform/domain-events.js';
import type { Principal } from '../identity/identity.types.js';
import { assertCanManageCandidate, assertCanReadCandidate, type CandidateView } from '../identity/data-scope.js';
import type { ShortlistFacts } from '../identity/shortlist-view.js';
import type { AuditService } from '../audit/audit.service.js';
import type { ConsentPurpose } from './consent.model.js';
import { deleteConsentsOfCandidate, findConsentsOfCandidate, insertConsent, markConsentWithdrawn, type Consent } from './consent.repository.js';
import type { CandidateLocator, PersonalDataHolder } from './personal-data.js';

export interface ConsentInput {
  purpose: ConsentPurpose;
  employerId?: string;
  grantedAt?: Date;
}

const consentsHolder: PersonalDataHolder = {
  name: 'consents',
  exportFor: findConsentsOfCandidate,
  eraseFor: deleteConsentsOfCandidate,
};

const recorderOf = (principal: Principal): string => (principal.centreId ? `${principal.centreId}/${principal.id}` : principal.id);

export function createPrivacyService(deps: { audit: AuditService; events: DomainEvents }) {
  const holders: PersonalDataHolder[] = [consentsHolder];
  let locator: CandidateLocator | undefined;

  /** Where the candidate is filed and which consents are in force: the inputs of every scoping rule. */
  async function accessFacts(candidateId: string): Promise<ShortlistFacts> {
    const located = await locator?.locate(candidateId);
    if (!located) throw new NotFoundError('candidate', candidateId);
    const active = (await findConsentsOfCandidate(candidateId)).filter((c) => !c.withdrawnAt);
    return {
      ...(located.centreId ? { centreId: located.centreId } : {}),
      sharingConsent: active.some((c) => c.purpose === 'share-with-other-centres'),
      sharedWithEmployers: active.some((c) => c.purpose === 'share-profile-with-employers'),
      introducedEmployerIds: active.filter((c) => c.purpose === 'introduction' && c.employerId).map((c) => c.employerId!),
    };
  }

  /** Facts for many candidates; ones erased since the match index was built are simply absent. */
  async function accessFactsOrNone(candidateId: string): Promise<ShortlistFacts | undefined> {
    try {
      return await accessFacts(candidateId);
    } catch (err) {
      if (err instanceof NotFoundError) return undefined;
      throw err;
    }
  }

  async function assertCanRead(principal: Principal, candidateId: string): Promise<CandidateView> {
    return assertCanReadCandidate(principal, await accessFacts(candidateId));
  }

  async function assertCanManage(principal: Principal, candidateId: string): Promise<void> {
    assertCanManageCandidate(principal, await accessFacts(candidateId));
  }

  async function recordConsent(principal: Principal, candidateId: string, input: ConsentInput): Promise<Consent> {
    await assertCanManage(principal, candidateId);
    return insertConsent({ id: randomUUID(), candidateId, purpose: input.purpose, grantedAt: input.grantedAt ?? new Date(), recordedBy: recorderOf(principal), ...(input.employerId ? { employerId: input.employerId } : {}) });
  }

  async function withdrawConsent(principal: Principal, candidateId: string, consentId: string): Promise<Consent> {
    await assertCanManage(principal, candidateId);
    const withdrawn = await markConsentWithdrawn(candidateId, consentId, recorderOf(principal));
    if (!withdrawn) throw new NotFoundError('active consent', consentId);
    return withdrawn;
  }

  /** Everything held about the candidate, per module, plus who accessed it (GDPR art. 15 and 20). */
  async function exportCandidate(principal: Principal, candidateId: string): Promise<Record<string, unknown>> {
    await assertCanManage(principal, candidateId);
    const sections = await Promise.all(holders.map(async (h) => [h.name, await h.exportFor(candidateId)] as const));
    const accessLog = await deps.audit.query({ candidateId, limit: 10_000 });
    return { candidateId, exportedAt: new Date().toISOString(), data: Object.fromEntries(sections), accessLog };
  }

  /** Erases the person from every module; listeners drop index entries on `candidate.removed`. */
  async function eraseCandidate(candidateId: string): Promise<Record<string, number>> {
    const removed: Record<string, number> = {};
    for (const holder of holders) removed[holder.name] = await holder.eraseFor(candidateId);
    deps.events.emit('candidate.removed', { id: candidateId });
    return removed;
  }

  async function eraseCandidateFor(principal: Principal, candidateId: string): Promise<Record<string, number>> {
    await assertCanManage(principal, candidateId);
    return eraseCandidate(candidateId);
  }

  return {
    registerHolder: (holder: PersonalDataHolder) => void holders.push(holder),
    setCandidateLocator: (value: CandidateLocator) => void (locator = value),
    candidateLocator: () => locator,
    accessFacts, accessFactsOrNone, assertCanRead, assertCanManage,
    recordConsent, withdrawConsent, listConsents: findConsentsOfCandidate,
    exportCandidate, eraseCandidate, eraseCandidateFor,
  };
}

export type PrivacyService = ReturnType<typeof createPrivacyService>;
