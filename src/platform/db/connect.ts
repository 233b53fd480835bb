import mongoose from 'mongoose';
import type { Logger } from '../logger.js';

export class DatabaseConnectionError extends Error {
  override name = 'DatabaseConnectionError';
}

/** Hides the password so the URI can be shown in messages and logs. */
export function redactUri(uri: string): string {
  return uri.replace(/^(mongodb(?:\+srv)?:\/\/[^:/@]+):[^@]*@/, '$1:***@');
}

/**
 * Connects mongoose with short timeouts: without them a missing database makes every call hang for
 * 10–30 s instead of failing at once with a message that names the server.
 */
export async function connectDatabase(uri: string, timeoutMs: number, logger: Logger): Promise<mongoose.Connection> {
  mongoose.set('strictQuery', true);
  mongoose.set('bufferTimeoutMS', timeoutMs);
  mongoose.set('sanitizeFilter', true);
  try {
    await mongoose.connect(uri, {
      serverSelectionTimeoutMS: timeoutMs,
      connectTimeoutMS: timeoutMs,
      autoIndex: true,
    });
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new DatabaseConnectionError(`Cannot reach the database at ${redactUri(uri)} within ${timeoutMs} ms: ${reason}`);
  }
  logger.info({ uri: redactUri(uri) }, 'database connected');
  return mongoose.connection;
}

export async function disconnectDatabase(): Promise<void> {
  await mongoose.disconnect();
}

export async function pingDatabase(): Promise<boolean> {
  const db = mongoose.connection.db;
  if (mongoose.connection.readyState !== 1 || !db) return false;
  try {
    await db.admin().command({ ping: 1 });
    return true;
  } catch {
    return false;
  }
}
