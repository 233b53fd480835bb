import type { Request } from 'express';
import type { AuditService } from '../audit/audit.service.js';
import type { AuditAction } from '../audit/audit.types.js';
import { requirePrincipal } from '../identity/request-principal.js';
import { candidateViewFor, type CandidateView } from '../identity/data-scope.js';
import type { PrivacyService } from './privacy.service.js';
import { candidateIdOf, shapeMatchRow, type MatchRowLike, type PseudonymousMatchRow } from '../identity/shortlist-view.js';

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
    /** Shapes a match list for the caller (see shapeMatchRow) and audits the candidates it shows. */
    async shortlist<T extends MatchRowLike>(req: Request, rows: T[]): Promise<(T | PseudonymousMatchRow)[]> {
      const principal = requirePrincipal(req);
      const facts = await Promise.all(rows.map((row) => deps.privacy.accessFactsOrNone(candidateIdOf(row))));
      const refFor = (candidateId: string): string => deps.audit.pseudonymFor(`${candidateId}@${principal.employerId ?? principal.id}`);
      const shown = rows.map((row, i) => ({ row, out: shapeMatchRow(principal, row, facts[i], refFor(candidateIdOf(row))) })).filter((r) => r.out.length > 0);
      await deps.audit.recordRequest(req, { action: 'shortlist.view', candidateIds: shown.map((r) => candidateIdOf(r.row)), details: { shown: shown.length } });
      return shown.flatMap((r) => r.out);
    },
    /** The subset of candidates whose personal data the caller may read; those are audited under `action`. */
    async readable(req: Request, candidateIds: readonly string[], action: AuditAction): Promise<Set<string>> {
      const principal = requirePrincipal(req);
      const distinct = [...new Set(candidateIds)];
      const facts = await Promise.all(distinct.map((id) => deps.privacy.accessFactsOrNone(id)));
      const allowed = distinct.filter((_, i) => facts[i] && ['full', 'shared'].includes(candidateViewFor(principal, facts[i]!)));
      await deps.audit.recordRequest(req, { action, candidateIds: allowed });
      return new Set(allowed);
    },
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
