import type { Request } from 'express';
import type { AuditService } from '../audit/audit.service.js';
import type { AuditAction } from '../audit/audit.types.js';
import { requirePrincipal } from '../identity/request-principal.js';
import type { CandidateView } from '../identity/data-scope.js';
import type { PrivacyService } from './privacy.service.js';

export interface CandidateAccessDeps {
  privacy: PrivacyService;
  audit: AuditService;
}

/**
 * The two steps every candidate route takes: check the caller may see (or change) this person, then
 * record that they did. Used by the candidate, matching and privacy routes alike.
 */
export function createCandidateAccess(deps: CandidateAccessDeps) {
  return {
    async read(req: Request, candidateId: string, action: AuditAction = 'candidate.read'): Promise<CandidateView> {
      const view = await deps.privacy.assertCanRead(requirePrincipal(req), candidateId);
      await deps.audit.recordRequest(req, { action, candidateId, details: { view } });
      return view;
    },
    /** Checks only: the change is recorded with `recordChange` once it has succeeded. */
    assertCanManage: (req: Request, candidateId: string): Promise<void> => deps.privacy.assertCanManage(requirePrincipal(req), candidateId),
    recordChange: (req: Request, action: AuditAction, candidateId: string, reason?: string): Promise<void> =>
      deps.audit.recordRequest(req, { action, candidateId, ...(reason ? { reason } : {}) }),
    recordList: (req: Request, action: AuditAction, candidateIds: readonly string[]): Promise<void> => deps.audit.recordRequest(req, { action, candidateIds }),
  };
}

export type CandidateAccess = ReturnType<typeof createCandidateAccess>;

/** Other centres with a sharing consent never see the protected block. */
export function withoutProtectedUnlessFull<T extends { record: Record<string, unknown> }>(candidate: T, view: CandidateView): T {
  if (view === 'full') return candidate;
  const { protected: _protected, ...record } = candidate.record;
  return { ...candidate, record };
}
