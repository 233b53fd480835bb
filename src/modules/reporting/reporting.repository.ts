import mongoose from 'mongoose';
import { listInterventionsForReport } from '../interventions/intervention.repository.js';
import type { ReportCandidate, ReportIntervention } from './indicator.types.js';

interface StoredCandidate {
  _id: string;
  centreId?: string;
  registeredOn?: string;
  createdAt?: Date;
  protected?: { gender?: string; birthYear?: number; protectionStatus?: string };
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
  return docs.map((doc) => ({
    id: doc._id,
    centreId: doc.centreId ?? '',
    registeredOn: doc.registeredOn ?? isoDay(doc.createdAt ?? new Date(0)),
    ...(doc.protected?.gender ? { gender: doc.protected.gender } : {}),
    ...(doc.protected?.birthYear !== undefined ? { birthYear: doc.protected.birthYear } : {}),
    ...(doc.protected?.protectionStatus ? { protectionStatus: doc.protected.protectionStatus } : {}),
  }));
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
