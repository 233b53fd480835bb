import { cursorParam } from '../../../platform/pagination.js';
import type { CandidateService } from '../../candidates/candidate.service.js';
import type { MatchingService } from '../../matching/matching.service.js';
import { MatchDecisionModel } from '../../matching/match-decision.model.js';
import type { AuditService } from '../audit.service.js';
import { createFairnessSource } from './fairness.source.js';

async function* everyCandidate(candidates: CandidateService) {
  let next: string | null = null;
  do {
    const page = await candidates.listCandidates({ limit: 100, ...(next ? { cursor: cursorParam.parse(next) } : {}) });
    for (const item of page.items) yield { id: item.id, protected: (await candidates.getCandidate(item.id)).record.protected };
    next = page.nextCursor;
  } while (next);
}

/**
 * Feeds the fairness audit from the stored candidates, the matching engine and the decision history.
 * Decisions are read straight from their collection because the repository's list is capped for the API.
 */
export function connectFairnessSource(deps: { audit: AuditService; candidates: CandidateService; matching: MatchingService }): void {
  deps.audit.fairness.setSource(createFairnessSource({
    candidates: () => everyCandidate(deps.candidates),
    bestScoreOf: async (id) => {
      const [best] = await deps.matching.vacanciesForStoredCandidate(id, { top: 1, explain: 'eligible', hideDecided: false, lang: 'it' });
      return typeof best?.score === 'number' ? best.score : undefined;
    },
    decisions: async () => MatchDecisionModel.find({}, { candidateId: 1, status: 1 }).lean<{ candidateId: string; status: string }[]>(),
  }));
}
