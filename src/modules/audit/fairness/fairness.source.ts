import type { FairnessRecord } from './fairness.report.js';
import type { ProtectedAttributes } from './protected-groups.js';
import type { FairnessSource } from './fairness.service.js';

export interface FairnessSourceDeps {
  /** Every candidate with the protected block, in any order. */
  candidates: () => AsyncIterable<{ id: string; protected?: ProtectedAttributes }>;
  /** The candidate's best match score (0–100) against the open vacancies, if any. */
  bestScoreOf: (candidateId: string) => Promise<number | undefined>;
  decisions: () => Promise<{ candidateId: string; status: string }[]>;
}

/** A decision past "rejected/declined" means a person proposed the candidate for the job. */
const recommendedStatuses = new Set(['proposed', 'contacted', 'interview', 'hired']);

/** Joins candidates, their best score and the decision history into one record per candidate. */
export function createFairnessSource(deps: FairnessSourceDeps): FairnessSource {
  return async () => {
    const statuses = new Map<string, Set<string>>();
    for (const d of await deps.decisions()) statuses.set(d.candidateId, (statuses.get(d.candidateId) ?? new Set()).add(d.status));
    const records: FairnessRecord[] = [];
    for await (const candidate of deps.candidates()) {
      const seen = statuses.get(candidate.id) ?? new Set<string>();
      const score = await deps.bestScoreOf(candidate.id);
      records.push({
        protected: candidate.protected ?? {},
        recommended: [...seen].some((s) => recommendedStatuses.has(s)),
        placed: seen.has('hired'),
        ...(score !== undefined ? { score } : {}),
      });
    }
    return records;
  };
}
