import type { CandidateService } from '../../candidates/candidate.service.js';
import type { MatchingService } from '../../matching/matching.service.js';
import { MatchDecisionModel } from '../../matching/match-decision.model.js';
import type { AuditService } from '../audit.service.js';
import { createFairnessSource } from './fairness.source.js';

/**
 * Feeds the fairness audit from the stored candidates, the matching engine and the decision history.
 * Decisions are read straight from their collection because the repository's list is capped for the API.
 */
export function connectFairnessSource(deps: { audit: AuditService; candidates: CandidateService; matching: MatchingService }): void {
  deps.audit.fairness.setSource(createFairnessSource({
    // One cursor over profiles and one over protected blocks, and scores from the in-memory index: a page or a
    // read per candidate would be a full scan each on FerretDB.
    candidates: () => deps.candidates.streamWithProtected(),
    bestScoreOf: (id) => deps.matching.bestScoreOf(id),
    decisions: async () => MatchDecisionModel.find({}, { candidateId: 1, status: 1 }).lean<{ candidateId: string; status: string }[]>(),
  }));
}
