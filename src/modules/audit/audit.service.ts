import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import type { Principal } from '../identity/identity.types.js';
import { requirePrincipal } from '../identity/request-principal.js';
import { appendAuditEntries, findAuditEntries } from './audit.repository.js';
import type { AuditActor, AuditEntry, AuditInput } from './audit.types.js';
import { pseudonymise } from './pseudonym.js';
import { createFairnessAudit } from './fairness/fairness.service.js';

export type RequestAuditInput = Omit<AuditInput, 'actor' | 'route' | 'requestId'>;

export function actorOf(principal: Principal): AuditActor {
  return { id: principal.id, kind: principal.kind, roles: [...principal.roles] };
}

/** "METHOD /api/v1/route/:pattern": the route pattern, never the concrete URL (which carries ids). */
export function routeOf(req: Request): string {
  const pattern = (req.route as { path?: unknown } | undefined)?.path;
  return `${req.method} ${req.baseUrl}${typeof pattern === 'string' ? pattern : ''}`;
}

export function createAuditService(pseudonymSecret: string, fairnessMinGroupSize = 10) {
  const pseudonymFor = (candidateId: string): string => pseudonymise(pseudonymSecret, candidateId);

  function toEntry({ candidateId, ...input }: AuditInput, at: Date): AuditEntry {
    return { id: randomUUID(), at, ...input, ...(candidateId ? { subjectRef: pseudonymFor(candidateId) } : {}) };
  }

  /** Awaited by callers: an access that cannot be audited must fail rather than go unrecorded. */
  async function record(input: AuditInput | AuditInput[]): Promise<void> {
    const at = new Date();
    await appendAuditEntries((Array.isArray(input) ? input : [input]).map((i) => toEntry(i, at)));
  }

  /** Records one entry per candidate (or one without a candidate) for the calling principal and route. */
  async function recordRequest(req: Request, input: RequestAuditInput & { candidateIds?: readonly string[] }): Promise<void> {
    const { candidateIds, ...rest } = input;
    const base = { ...rest, actor: actorOf(requirePrincipal(req)), route: routeOf(req), requestId: String(req.id ?? '') };
    const ids = candidateIds ?? (rest.candidateId ? [rest.candidateId] : [undefined]);
    await record(ids.map((candidateId) => ({ ...base, ...(candidateId ? { candidateId } : {}) })));
  }

  async function query(filter: { candidateId?: string; userId?: string; limit: number; before?: Date }): Promise<AuditEntry[]> {
    return findAuditEntries({
      limit: filter.limit,
      ...(filter.candidateId ? { subjectRef: pseudonymFor(filter.candidateId) } : {}),
      ...(filter.userId ? { actorId: filter.userId } : {}),
      ...(filter.before ? { before: filter.before } : {}),
    });
  }

  return { record, recordRequest, query, pseudonymFor, fairness: createFairnessAudit(fairnessMinGroupSize) };
}

export type AuditService = ReturnType<typeof createAuditService>;
