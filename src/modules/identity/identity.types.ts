/** Who is calling, independent of how they proved it (session cookie or bearer API key). */
export const roles = ['admin', 'staff', 'regional-officer', 'employer', 'integration'] as const;
export type Role = (typeof roles)[number];

/** Roles a person can hold; `integration` belongs to API keys only. */
export const userRoles = ['admin', 'staff', 'regional-officer', 'employer'] as const;
export type UserRole = (typeof userRoles)[number];

export const scopes = [
  'reference:read',
  'taxonomy:read',
  'candidates:read',
  'candidates:write',
  'candidates:erase',
  'consents:write',
  'vacancies:read',
  'vacancies:write',
  'employers:read',
  'employers:write',
  'matches:read',
  'shortlists:read',
  'decisions:write',
  'aggregates:read',
  'training:read',
  'training:write',
  'ingest:write',
  'audit:read',
  'fairness:read',
  'users:admin',
  'keys:admin',
  'sources:admin',
] as const;
export type Scope = (typeof scopes)[number];

export interface Principal {
  /** User id for people, key id for integrations: what the audit log records as "who". */
  id: string;
  kind: 'user' | 'api-key';
  via: 'session' | 'api-key';
  roles: Role[];
  scopes: Scope[];
  /** Staff: the employment centre they work for, and its province and region. */
  centreId?: string;
  provinceCode?: string;
  regionCode?: string;
  /** Employers: the employer record they act for. */
  employerId?: string;
  /** Session principals only: the session identifier CSRF tokens are bound to. */
  sessionId?: string;
}

/** Callers without valid credentials have no principal at all. */
export type MaybePrincipal = Principal | undefined;
