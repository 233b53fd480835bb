import { allOf, anyOf, authenticated, publicAccess, requireRole, requireScope } from './modules/identity/access-policy.js';
import type { RouteTable } from './modules/identity/route-guard.js';

/**
 * Who may call each API route ("METHOD /path" under /api/v1). The app refuses to start while a route
 * is missing here, and test/integration/identity/authorization-matrix.test.ts pins the outcome per role.
 * Row-level limits (own centre, own vacancies, consent) are applied inside the services on top.
 */
export const routePolicies: RouteTable = {
  'POST /auth/login': { policy: publicAccess, csrf: 'exempt' },
  'POST /auth/logout': { policy: authenticated },
  'GET /auth/me': { policy: authenticated },
  'GET /auth/csrf': { policy: authenticated },

  'GET /admin/users': { policy: requireScope('users:admin') },
  'POST /admin/users': { policy: requireScope('users:admin') },
  'PATCH /admin/users/:id': { policy: requireScope('users:admin') },
  'GET /admin/centres': { policy: requireScope('users:admin') },
  'PUT /admin/centres/:id': { policy: requireScope('users:admin') },
  'GET /admin/api-keys': { policy: requireScope('keys:admin') },
  'POST /admin/api-keys': { policy: requireScope('keys:admin') },
  'DELETE /admin/api-keys/:id': { policy: requireScope('keys:admin') },

  'GET /audit': { policy: requireScope('audit:read') },
  'GET /audit/fairness': { policy: requireScope('fairness:read') },

  'GET /candidates/:id/consents': { policy: requireScope('candidates:read') },
  'POST /candidates/:id/consents': { policy: requireScope('consents:write') },
  'POST /candidates/:id/consents/:consentId/withdraw': { policy: requireScope('consents:write') },
  'GET /candidates/:id/export': { policy: requireScope('candidates:read') },
  'POST /candidates/:id/erasure': { policy: requireScope('candidates:erase') },

  'POST /candidates/:id/interventions': { policy: requireScope('candidates:write') },
  'GET /candidates/:id/interventions': { policy: requireScope('candidates:read') },
  'GET /interventions': { policy: requireScope('candidates:read') },
  // Staff hold no aggregates:read but may see their own centre's figures; the service limits the unit.
  'GET /reports/indicators': { policy: anyOf(requireScope('aggregates:read'), requireRole('staff')) },

  'GET /courses': { policy: requireScope('training:read') },
  'GET /courses/:id': { policy: requireScope('training:read') },
  'POST /courses': { policy: requireScope('training:write') },
  'PUT /courses/:id': { policy: requireScope('training:write') },
  'DELETE /courses/:id': { policy: requireScope('training:write') },
  'POST /courses/import': { policy: requireScope('training:write') },
  'POST /courses/feed': { policy: requireScope('training:write') },
  'GET /demand': { policy: anyOf(requireScope('aggregates:read'), requireScope('matches:read')) },
  'GET /demand/employers-to-contact': { policy: allOf(requireScope('employers:read'), anyOf(requireScope('aggregates:read'), requireScope('matches:read'))) },
  'GET /candidates/:id/recommendations': { policy: requireScope('candidates:read', 'matches:read') },

  'GET /reference/comuni': { policy: requireScope('reference:read') },
  'GET /reference/provinces': { policy: requireScope('reference:read') },
  'GET /reference/regions': { policy: requireScope('reference:read') },
  'GET /reference/permit-reasons': { policy: requireScope('reference:read') },
  'GET /reference/cefr-levels': { policy: requireScope('reference:read') },

  'GET /taxonomy/skills': { policy: requireScope('taxonomy:read') },
  'GET /taxonomy/occupations': { policy: requireScope('taxonomy:read') },
  'GET /taxonomy/skills/:uri': { policy: requireScope('taxonomy:read') },
  'GET /taxonomy/occupations/:uri': { policy: requireScope('taxonomy:read') },
  // Analysis costs CPU but reveals no records: the roles that describe vacancies and profiles, and keys allowed the taxonomy.
  'POST /analyse/skills': { policy: anyOf(requireRole('admin', 'staff', 'employer'), allOf(requireRole('integration'), requireScope('taxonomy:read'))) },
  'POST /analyse/occupation': { policy: anyOf(requireRole('admin', 'staff', 'employer'), allOf(requireRole('integration'), requireScope('taxonomy:read'))) },

  'GET /employers': { policy: requireScope('employers:read') },
  'POST /employers': { policy: requireScope('employers:write') },
  'GET /employers/:id': { policy: requireScope('employers:read') },
  'PUT /employers/:id': { policy: requireScope('employers:write') },
  'PATCH /employers/:id': { policy: requireScope('employers:write') },

  'GET /vacancies': { policy: requireScope('vacancies:read') },
  'POST /vacancies': { policy: requireScope('vacancies:write') },
  'GET /vacancies/:id': { policy: requireScope('vacancies:read') },
  'PUT /vacancies/:id': { policy: requireScope('vacancies:write') },
  'PATCH /vacancies/:id': { policy: requireScope('vacancies:write') },
  'DELETE /vacancies/:id': { policy: requireScope('vacancies:write') },
  // Employers see the shortlist of their own vacancies only (checked in the handler); staff see all.
  'GET /vacancies/:id/matches': { policy: anyOf(requireScope('matches:read'), requireScope('shortlists:read')) },
  'POST /match': { policy: requireScope('matches:read') },
  'POST /matches/decisions': { policy: requireScope('decisions:write') },
  'GET /matches/decisions': { policy: requireScope('matches:read') },
  'GET /candidates/:id/matches': { policy: requireScope('matches:read') },

  'GET /candidates': { policy: requireScope('candidates:read') },
  'POST /candidates': { policy: requireScope('candidates:write') },
  'GET /candidates/:id': { policy: requireScope('candidates:read') },
  'PUT /candidates/:id': { policy: requireScope('candidates:write') },
  'PATCH /candidates/:id': { policy: requireScope('candidates:write') },
  'DELETE /candidates/:id': { policy: requireScope('candidates:erase') },
  'GET /candidates/:id/identity': { policy: requireScope('candidates:read') },
  'PUT /candidates/:id/identity': { policy: requireScope('candidates:write') },
  // Ingestion: sources are configuration (admin); runs may also be started by the integration key;
  // staff read run logs and work through the quarantine.
  'GET /ingestion/sources': { policy: anyOf(requireScope('sources:admin'), requireRole('staff')) },
  'POST /ingestion/sources': { policy: requireScope('sources:admin') },
  'GET /ingestion/sources/:name': { policy: anyOf(requireScope('sources:admin'), requireRole('staff')) },
  'PATCH /ingestion/sources/:name': { policy: requireScope('sources:admin') },
  'DELETE /ingestion/sources/:name': { policy: requireScope('sources:admin') },
  'POST /ingestion/sources/:name/runs': { policy: anyOf(requireScope('sources:admin'), requireScope('ingest:write')) },
  'GET /ingestion/sources/:name/runs': { policy: anyOf(requireScope('sources:admin'), requireRole('staff')) },
  'GET /ingestion/runs/:id': { policy: anyOf(requireScope('sources:admin'), requireRole('staff')) },
  'GET /ingestion/quarantine': { policy: anyOf(requireScope('sources:admin'), requireRole('staff')) },
  'GET /ingestion/quarantine/:id': { policy: anyOf(requireScope('sources:admin'), requireRole('staff')) },
  'PUT /ingestion/quarantine/:id': { policy: anyOf(requireScope('sources:admin'), requireRole('staff')) },
  'POST /ingestion/quarantine/:id/replay': { policy: anyOf(requireScope('sources:admin'), requireRole('staff')) },
};
