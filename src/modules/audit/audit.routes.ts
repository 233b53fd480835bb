import { Router } from 'express';
import { z } from 'zod';
import { parseQuery } from '../../platform/http/validate.js';
import type { AuditService } from './audit.service.js';

const id = z.string().trim().min(1).max(128).regex(/^[\w:.@-]+$/, 'letters, digits and _ : . @ - only');

export const auditQuery = z.strictObject({
  candidateId: id.optional(),
  userId: id.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.iso.datetime().optional(),
});

const fairnessQuery = z.strictObject({ k: z.coerce.number().int().min(1).max(10_000).optional() });

/** Read-only by design: the audit log has GET routes only, so PUT, PATCH and DELETE find nothing. */
export function createAuditRouter(audit: AuditService): Router {
  const router = Router();
  router.get('/audit', async (req, res) => {
    const { before, ...q } = parseQuery(req, auditQuery);
    const entries = await audit.query({ ...q, ...(before ? { before: new Date(before) } : {}) });
    await audit.recordRequest(req, { action: 'audit.read', details: { returned: entries.length, byCandidate: !!q.candidateId, byUser: !!q.userId } });
    res.json({ entries });
  });
  router.get('/audit/fairness', async (req, res) => {
    const { k } = parseQuery(req, fairnessQuery);
    const report = await audit.fairness.report(k);
    await audit.recordRequest(req, { action: 'fairness.read', details: { candidates: report.candidates } });
    res.json(report);
  });
  return router;
}
