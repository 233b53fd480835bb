/** What an audit entry says happened. Modules may add their own `<thing>.<verb>` actions. */
export type AuditAction =
  | 'candidate.read'
  | 'candidate.list'
  | 'candidate.create'
  | 'candidate.update'
  | 'candidate.export'
  | 'candidate.erase'
  | 'consent.record'
  | 'consent.withdraw'
  | 'match.list'
  | 'match.explain'
  | 'shortlist.view'
  | 'decision.record'
  | 'decision.override'
  | 'retention.erase'
  | `${string}.${string}`;

export interface AuditActor {
  id: string;
  kind: 'user' | 'api-key' | 'system';
  roles: string[];
}

export interface AuditInput {
  actor: AuditActor;
  action: AuditAction;
  /** The candidate concerned; stored only as a keyed pseudonym, never in clear. */
  candidateId?: string;
  vacancyId?: string;
  /** "METHOD /path" of the API route, or the job name. */
  route: string;
  requestId?: string;
  /** Required for overrides: why the human departed from the recommendation. */
  reason?: string;
  /** Small non-personal facts (counts, decision outcome, score); never names or free text about the person. */
  details?: Record<string, string | number | boolean>;
}

export interface AuditEntry extends Omit<AuditInput, 'candidateId'> {
  id: string;
  at: Date;
  subjectRef?: string;
}
