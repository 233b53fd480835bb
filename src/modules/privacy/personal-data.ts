/**
 * Each module that keeps data about a candidate registers one holder, so export and erasure reach
 * every store without the privacy module knowing their schemas.
 */
export interface PersonalDataHolder {
  name: string;
  exportFor: (candidateId: string) => Promise<unknown>;
  /** Removes everything this module holds about the candidate; returns how many records went. */
  eraseFor: (candidateId: string) => Promise<number>;
}

/** Where a candidate is filed, for the centre-scoping rules; supplied by the candidates module. */
export interface CandidateLocator {
  locate: (candidateId: string) => Promise<{ centreId?: string } | undefined>;
  /** Candidates not updated since the cutoff, for the retention job. */
  findInactiveSince: (cutoff: Date, limit: number) => Promise<string[]>;
}
