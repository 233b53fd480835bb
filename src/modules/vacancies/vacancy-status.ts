import { InvalidStateError } from '../../platform/errors.js';

export const vacancyStatuses = ['draft', 'open', 'filled', 'closed', 'expired'] as const;
export type VacancyStatus = (typeof vacancyStatuses)[number];

/** draft → open → filled | closed | expired; a draft may also be closed. The last three are final. */
const allowedNext: Record<VacancyStatus, readonly VacancyStatus[]> = {
  draft: ['open', 'closed'],
  open: ['filled', 'closed', 'expired'],
  filled: [],
  closed: [],
  expired: [],
};

export const isFinalStatus = (status: VacancyStatus): boolean => allowedNext[status].length === 0;

/** Asking for the status a vacancy already has is a no-op, so retried requests stay harmless. */
export function assertTransition(from: VacancyStatus, to: VacancyStatus): void {
  if (from === to) return;
  if (!allowedNext[from].includes(to)) {
    throw new InvalidStateError(`A vacancy cannot go from ${from} to ${to}`, { from, to, allowed: allowedNext[from] });
  }
}
