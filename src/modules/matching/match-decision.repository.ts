import { MatchDecisionModel, type DecisionStatus, type MatchDecisionDocument } from './match-decision.model.js';

export interface MatchDecision {
  id: string;
  candidateId: string;
  vacancyId: string;
  status: DecisionStatus;
  reason?: string;
  decidedBy: string;
  decidedAt: Date;
}

function toDecision(doc: MatchDecisionDocument): MatchDecision {
  return {
    id: doc._id.toHexString(),
    candidateId: doc.candidateId,
    vacancyId: doc.vacancyId,
    status: doc.status as DecisionStatus,
    ...(doc.reason ? { reason: doc.reason } : {}),
    decidedBy: doc.decidedBy,
    decidedAt: doc.createdAt,
  };
}

export async function insertDecision(decision: Omit<MatchDecision, 'id' | 'decidedAt'>): Promise<MatchDecision> {
  const created = await MatchDecisionModel.create(decision);
  return toDecision(created.toObject() as MatchDecisionDocument);
}

/** The history of decisions, oldest first, for a candidate, a vacancy or one pair. */
export async function listDecisions(filter: { candidateId?: string; vacancyId?: string }): Promise<MatchDecision[]> {
  const query: { candidateId?: string; vacancyId?: string } = {};
  if (filter.candidateId) query.candidateId = filter.candidateId;
  if (filter.vacancyId) query.vacancyId = filter.vacancyId;
  const docs = await MatchDecisionModel.find(query).sort({ createdAt: 1, _id: 1 }).limit(1000).lean<MatchDecisionDocument[]>();
  return docs.map(toDecision);
}

/** Decisions name a person, so export and erasure reach them through the privacy module. */
export const matchDecisionsPersonalData = {
  name: 'match-decisions',
  exportFor: (candidateId: string): Promise<MatchDecision[]> => listDecisions({ candidateId }),
  eraseFor: async (candidateId: string): Promise<number> => (await MatchDecisionModel.deleteMany({ candidateId })).deletedCount,
};
