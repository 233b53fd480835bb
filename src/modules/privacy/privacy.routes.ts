import { Router } from 'express';
import { z } from 'zod';
import { parseBody, parseParams } from '../../platform/http/validate.js';
import { requirePrincipal } from '../identity/request-principal.js';
import type { AuditService } from '../audit/audit.service.js';
import { consentPurposes } from './consent.model.js';
import type { PrivacyService } from './privacy.service.js';

const id = z.string().trim().min(1).max(128).regex(/^[\w:.@-]+$/, 'letters, digits and _ : . @ - only');
const candidateParams = z.strictObject({ id });
const consentParams = z.strictObject({ id, consentId: id });

const consentBody = z
  .strictObject({ purpose: z.enum(consentPurposes), employerId: id.optional(), grantedAt: z.iso.date().optional() })
  .refine((c) => (c.purpose === 'introduction') === (c.employerId !== undefined), { message: 'employerId is required for, and only for, introduction consents', path: ['employerId'] });

const erasureBody = z.strictObject({ reason: z.string().trim().min(3).max(500) });

/** Consents, export and erasure of one candidate; the service enforces the candidate's own centre. */
export function createPrivacyRouter(privacy: PrivacyService, audit: AuditService): Router {
  const router = Router();

  router.get('/candidates/:id/consents', async (req, res) => {
    const { id: candidateId } = parseParams(req, candidateParams);
    await privacy.assertCanRead(requirePrincipal(req), candidateId);
    const consents = await privacy.listConsents(candidateId);
    await audit.recordRequest(req, { action: 'consent.read', candidateId });
    res.json({ consents });
  });

  router.post('/candidates/:id/consents', async (req, res) => {
    const { id: candidateId } = parseParams(req, candidateParams);
    const { grantedAt, ...input } = parseBody(req, consentBody);
    const consent = await privacy.recordConsent(requirePrincipal(req), candidateId, { ...input, ...(grantedAt ? { grantedAt: new Date(grantedAt) } : {}) });
    await audit.recordRequest(req, { action: 'consent.record', candidateId, details: { purpose: consent.purpose } });
    res.status(201).json(consent);
  });

  router.post('/candidates/:id/consents/:consentId/withdraw', async (req, res) => {
    const { id: candidateId, consentId } = parseParams(req, consentParams);
    const consent = await privacy.withdrawConsent(requirePrincipal(req), candidateId, consentId);
    await audit.recordRequest(req, { action: 'consent.withdraw', candidateId, details: { purpose: consent.purpose } });
    res.json(consent);
  });

  router.get('/candidates/:id/export', async (req, res) => {
    const { id: candidateId } = parseParams(req, candidateParams);
    const exported = await privacy.exportCandidate(requirePrincipal(req), candidateId);
    await audit.recordRequest(req, { action: 'candidate.export', candidateId });
    res.setHeader('content-disposition', 'attachment; filename="candidate-export.json"');
    res.json(exported);
  });

  router.post('/candidates/:id/erasure', async (req, res) => {
    const { id: candidateId } = parseParams(req, candidateParams);
    const { reason } = parseBody(req, erasureBody);
    const removed = await privacy.eraseCandidateFor(requirePrincipal(req), candidateId);
    await audit.recordRequest(req, { action: 'candidate.erase', candidateId, reason, details: removed });
    res.json({ erased: true, removed });
  });

  return router;
}
