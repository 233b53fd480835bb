import { createHmac } from 'node:crypto';

/**
 * A keyed pseudonym for a candidate id. The audit log stores only this, so erasing the candidate
 * leaves the trail intact but no longer linkable to a person without the secret.
 */
export function pseudonymise(secret: string, candidateId: string): string {
  return createHmac('sha256', secret).update(`candidate:${candidateId}`).digest('hex').slice(0, 32);
}
