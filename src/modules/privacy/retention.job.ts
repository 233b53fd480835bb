import type { Logger } from '../../platform/logger.js';
import type { AuditService } from '../audit/audit.service.js';
import { purgeAuditEntriesBefore } from '../audit/audit.repository.js';
import { deleteExpiredSessions } from '../identity/session.repository.js';
import type { PrivacyService } from './privacy.service.js';

export interface RetentionSettings {
  candidateDays: number;
  auditDays: number;
}

const dayMs = 24 * 60 * 60 * 1000;
/** Bounded per run so one nightly run cannot hold the database for long; the rest waits a day. */
const maxErasuresPerRun = 500;

/** Enforces the configured retention periods: inactive candidates, old audit entries, expired sessions. */
export async function enforceRetention(deps: { privacy: PrivacyService; audit: AuditService; logger: Logger }, settings: RetentionSettings, now = new Date()): Promise<Record<string, number>> {
  const locator = deps.privacy.candidateLocator();
  const stale = locator ? await locator.findInactiveSince(new Date(now.getTime() - settings.candidateDays * dayMs), maxErasuresPerRun) : [];
  for (const candidateId of stale) {
    await deps.privacy.eraseCandidate(candidateId);
    await deps.audit.record({ actor: { id: 'retention-job', kind: 'system', roles: [] }, action: 'retention.erase', candidateId, route: 'job privacy-retention', reason: `inactive for more than ${settings.candidateDays} days` });
  }
  const auditPurged = await purgeAuditEntriesBefore(new Date(now.getTime() - settings.auditDays * dayMs));
  const sessionsPurged = await deleteExpiredSessions(now);
  const summary = { candidatesErased: stale.length, auditPurged, sessionsPurged };
  deps.logger.info(summary, 'retention enforced');
  return summary;
}
