import { z } from 'zod';
import { jsonContent, operation } from '../../platform/http/openapi-helpers.js';
import type { ZodOpenApiPathsObject } from '../../platform/http/openapi.js';
import { auditQuery } from '../audit/audit.routes.js';
import { consentPurposes } from './consent.model.js';

const id = z.object({ id: z.string() });
const withConsent = z.object({ id: z.string(), consentId: z.string() });
const consent = z.object({
  id: z.string(), candidateId: z.string(), purpose: z.enum(consentPurposes), employerId: z.string().optional(),
  grantedAt: z.string(), recordedBy: z.string(), withdrawnAt: z.string().optional(), withdrawnBy: z.string().optional(),
}).meta({ id: 'Consent' });
const auditEntry = z.object({
  id: z.string(), at: z.string(), actor: z.object({ id: z.string(), kind: z.string(), roles: z.array(z.string()) }), action: z.string(),
  route: z.string(), subjectRef: z.string().optional(), vacancyId: z.string().optional(), reason: z.string().optional(),
}).meta({ id: 'AuditEntry' });

/** Consents, GDPR export and erasure, the audit log and the fairness report. */
export function privacyOpenApiPaths(): ZodOpenApiPathsObject {
  return {
    '/candidates/{id}/consents': {
      get: operation('privacy', 'Consents of a candidate, withdrawn ones included', { status: '200', schema: z.object({ consents: z.array(consent) }) }, { requestParams: { path: id } }),
      post: operation('privacy', 'Record a consent (introduction consents name the employer)', { status: '201', schema: consent }, {
        requestParams: { path: id },
        requestBody: jsonContent(z.object({ purpose: z.enum(consentPurposes), employerId: z.string().optional(), grantedAt: z.string().optional() })),
      }),
    },
    '/candidates/{id}/consents/{consentId}/withdraw': { post: operation('privacy', 'Withdraw a consent (the record stays)', { status: '200', schema: consent }, { requestParams: { path: withConsent } }) },
    '/candidates/{id}/export': { get: operation('privacy', 'Everything held about the candidate, with the access log (JSON)', { status: '200', schema: z.record(z.string(), z.unknown()) }, { requestParams: { path: id } }) },
    '/candidates/{id}/erasure': {
      post: operation('privacy', 'Erase the candidate from every module; the audit keeps a pseudonym', { status: '200', schema: z.object({ erased: z.boolean(), removed: z.record(z.string(), z.number()) }) }, {
        requestParams: { path: id }, requestBody: jsonContent(z.object({ reason: z.string() })),
      }),
    },
    '/audit': { get: operation('audit', 'Audit entries by candidate and/or user, newest first (read-only)', { status: '200', schema: z.object({ entries: z.array(auditEntry) }) }, { requestParams: { query: auditQuery } }) },
    '/audit/fairness': {
      get: operation('audit', 'Fairness report per protected group: scores, rates, four-fifths flags; groups below k suppressed', { status: '200', schema: z.record(z.string(), z.unknown()) }, {
        requestParams: { query: z.object({ k: z.string().optional() }) },
      }),
    },
  };
}
