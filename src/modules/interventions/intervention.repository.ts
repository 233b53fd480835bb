import mongoose from 'mongoose';
import { InterventionModel, type InterventionDocument } from './intervention.model.js';
import type { Intervention, InterventionDetails, InterventionType } from './intervention.types.js';

function toIntervention(doc: InterventionDocument): Intervention {
  const { _id, endDate, projectCode, notes, appliedAt, details, ...rest } = doc;
  return {
    ...rest,
    id: _id,
    type: rest.type as InterventionType,
    fundingLine: rest.fundingLine as Intervention['fundingLine'],
    outcome: rest.outcome as Intervention['outcome'],
    details: (details ?? {}) as InterventionDetails,
    ...(endDate ? { endDate } : {}),
    ...(projectCode ? { projectCode } : {}),
    ...(notes ? { notes } : {}),
    ...(appliedAt ? { appliedAt } : {}),
  };
}

export async function insertIntervention(intervention: Intervention): Promise<Intervention> {
  const { id, ...fields } = intervention;
  await InterventionModel.create({ _id: id, ...fields });
  return intervention;
}

export async function markInterventionApplied(id: string, at: Date): Promise<void> {
  await InterventionModel.updateOne({ _id: id }, { $set: { appliedAt: at } });
}

export async function findInterventionById(id: string): Promise<Intervention | undefined> {
  const doc = await InterventionModel.findById(id).lean<InterventionDocument>();
  return doc ? toIntervention(doc) : undefined;
}

export interface InterventionFilter {
  candidateIds?: readonly string[];
  centreIds?: readonly string[];
  type?: InterventionType;
  fundingLine?: string;
  /** Interventions that overlap [from, to] (ISO dates). */
  from?: string;
  to?: string;
}

/** Operators we build ourselves; the connection runs with sanitizeFilter, which would neutralise them. */
const trusted = <T extends object>(operator: T): T => mongoose.trusted(operator) as T;

function toQuery(filter: InterventionFilter): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  if (filter.candidateIds) query.candidateId = trusted({ $in: [...filter.candidateIds] });
  if (filter.centreIds) query.centreId = trusted({ $in: [...filter.centreIds] });
  if (filter.type) query.type = filter.type;
  if (filter.fundingLine) query.fundingLine = filter.fundingLine;
  if (filter.to) query.startDate = trusted({ $lte: filter.to });
  // An open-ended intervention ends the day it starts; the service filters that case precisely.
  if (filter.from) query.$or = [{ endDate: trusted({ $gte: filter.from }) }, { startDate: trusted({ $gte: filter.from }) }];
  return query;
}

export async function listInterventions(filter: InterventionFilter, limit = 10_000, skip = 0): Promise<Intervention[]> {
  const docs = await InterventionModel.find(toQuery(filter)).sort({ startDate: 1, _id: 1 }).skip(skip).limit(limit).lean<InterventionDocument[]>();
  return docs.map(toIntervention);
}

/** Every intervention of these candidates or delivered by these centres (the report needs both). */
export async function listInterventionsForReport(candidateIds: readonly string[], centreIds: readonly string[]): Promise<Intervention[]> {
  const docs = await InterventionModel.find({ $or: [{ candidateId: trusted({ $in: [...candidateIds] }) }, { centreId: trusted({ $in: [...centreIds] }) }] }).lean<InterventionDocument[]>();
  return docs.map(toIntervention);
}

/** Interventions whose profile effect was recorded but not yet confirmed as applied. */
export async function listPendingEffects(limit = 500): Promise<Intervention[]> {
  const docs = await InterventionModel.find({ hasProfileEffect: true, appliedAt: null }).sort({ recordedAt: 1 }).limit(limit).lean<InterventionDocument[]>();
  return docs.map(toIntervention);
}

export async function countInterventions(): Promise<number> {
  return InterventionModel.countDocuments();
}

export async function deleteInterventionsOfCandidate(candidateId: string): Promise<number> {
  const result = await InterventionModel.deleteMany({ candidateId });
  return result.deletedCount;
}
