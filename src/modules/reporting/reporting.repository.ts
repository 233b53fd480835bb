import mongoose from 'mongoose';
import { listInterventionsForReport } from '../interventions/intervention.repository.js';
import type { ReportCandidate, ReportIntervention } from './indicator.types.js';

type ProtectedFields = { gender?: string; birthYear?: number; protectionStatus?: string };

interface StoredProtected {
  _id: string;
  attributes?: ProtectedFields;
}

interface StoredCandidate {
  _id: string;
  centreId?: string;
  registeredOn?: string;
  createdAt?: Date;
  protected?: ProtectedFields;
}

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/**
 * Loads the plain records the indicators are computed from. `protected` is read here for the
 * vulnerable-group breakdown only; it leaves this function as three fields and goes nowhere else.
 */
export async function loadReportCandidates(centreIds: readonly string[], collectionName = 'candidates'): Promise<ReportCandidate[]> {
  const docs = await mongoose.connection
    .collection<StoredCandidate>(collectionName)
    .find({ centreId: { $in: [...centreIds] } }, { projection: { centreId: 1, registeredOn: 1, createdAt: 1, protected: 1 } })
    .toArray();
  const kept = await loadProtectedAttributes(docs.map((doc) => doc._id));
  return docs.map((doc) => {
    const attributes = kept.get(doc._id) ?? doc.protected;
    return {
      id: doc._id,
      centreId: doc.centreId ?? '',
      registeredOn: doc.registeredOn ?? isoDay(doc.createdAt ?? new Date(0)),
      ...(attributes?.gender ? { gender: attributes.gender } : {}),
      ...(attributes?.birthYear !== undefined ? { birthYear: attributes.birthYear } : {}),
      ...(attributes?.protectionStatus ? { protectionStatus: attributes.protectionStatus } : {}),
    };
  });
}

/** The candidates module keeps the protected block in its own collection, apart from the matching profile. */
async function loadProtectedAttributes(ids: readonly string[]): Promise<Map<string, ProtectedFields>> {
  if (ids.length === 0) return new Map();
  const rows = await mongoose.connection
    .collection<StoredProtected>('candidate_protected')
    .find({ _id: { $in: [...ids] } }, { projection: { attributes: 1 } })
    .toArray();
  return new Map(rows.filter((row) => row.attributes).map((row) => [row._id, row.attributes!]));
}

export async function loadReportInterventions(candidateIds: readonly string[], centreIds: readonly string[]): Promise<ReportIntervention[]> {
  const interventions = await listInterventionsForReport(candidateIds, centreIds);
  return interventions.map((i) => ({
    id: i.id, candidateId: i.candidateId, centreId: i.centreId, type: i.type, startDate: i.startDate, fundingLine: i.fundingLine, outcome: i.outcome,
    ...(i.endDate ? { endDate: i.endDate } : {}),
    ...(i.details.skills ? { skills: i.details.skills } : {}),
    ...(i.details.qualificationIndex !== undefined ? { qualificationIndex: i.details.qualificationIndex } : {}),
    ...(i.details.recognition ? { recognition: i.details.recognition } : {}),
    ...(i.details.contractType ? { contractType: i.details.contractType } : {}),
    ...(i.details.workplace ? { workplace: i.details.workplace } : {}),
  }));
}
