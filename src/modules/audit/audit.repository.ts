import mongoose from 'mongoose';
import { AuditModel, type AuditDocument } from './audit.model.js';
import type { AuditAction, AuditActor, AuditEntry } from './audit.types.js';

export interface AuditQuery {
  subjectRef?: string;
  actorId?: string;
  limit: number;
  /** Entries strictly older than this, for paging backwards. */
  before?: Date;
}

function toEntry(doc: AuditDocument): AuditEntry {
  return {
    id: doc._id,
    at: doc.at,
    actor: doc.actor as AuditActor,
    action: doc.action as AuditAction,
    route: doc.route,
    ...(doc.subjectRef ? { subjectRef: doc.subjectRef } : {}),
    ...(doc.vacancyId ? { vacancyId: doc.vacancyId } : {}),
    ...(doc.requestId ? { requestId: doc.requestId } : {}),
    ...(doc.reason ? { reason: doc.reason } : {}),
    ...(doc.details ? { details: doc.details as Record<string, string | number | boolean> } : {}),
  };
}

export async function appendAuditEntries(entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await AuditModel.insertMany(entries.map(({ id, ...rest }) => ({ _id: id, ...rest })), { ordered: true });
}

export async function findAuditEntries(query: AuditQuery): Promise<AuditEntry[]> {
  const filter: Record<string, unknown> = {};
  if (query.subjectRef) filter.subjectRef = query.subjectRef;
  if (query.actorId) filter['actor.id'] = query.actorId;
  if (query.before) filter.at = mongoose.trusted({ $lt: query.before });
  const docs = await AuditModel.find(filter).sort({ at: -1, _id: -1 }).limit(query.limit).lean<AuditDocument[]>();
  return docs.map(toEntry);
}

/** The retention job is the only deleter; no route reaches this. */
export async function purgeAuditEntriesBefore(cutoff: Date): Promise<number> {
  const result = await AuditModel.deleteMany({ at: mongoose.trusted({ $lt: cutoff }) });
  return result.deletedCount;
}
