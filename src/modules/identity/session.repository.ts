import mongoose from 'mongoose';
import { SessionModel, type SessionDocument } from './session.model.js';

export interface Session {
  id: string;
  userId: string;
  expiresAt: Date;
}


export async function insertSession(session: Session & { tokenHash: string }): Promise<void> {
  const { id, ...fields } = session;
  await SessionModel.create({ _id: id, ...fields });
}

/** Finds a live session (the filter is marked trusted because sanitizeFilter would neutralise `$gt`); expired ones are treated as absent even before the cleanup job removes them. */
export async function findLiveSession(tokenHash: string, now = new Date()): Promise<Session | undefined> {
  const doc = await SessionModel.findOne({ tokenHash, expiresAt: mongoose.trusted({ $gt: now }) }).lean<SessionDocument>();
  return doc ? { id: doc._id, userId: doc.userId, expiresAt: doc.expiresAt } : undefined;
}

export async function deleteSessionByTokenHash(tokenHash: string): Promise<void> {
  await SessionModel.deleteOne({ tokenHash });
}

export async function deleteSessionsOfUser(userId: string): Promise<void> {
  await SessionModel.deleteMany({ userId });
}

export async function deleteExpiredSessions(now = new Date()): Promise<number> {
  const result = await SessionModel.deleteMany({ expiresAt: mongoose.trusted({ $lte: now }) });
  return result.deletedCount;
}
