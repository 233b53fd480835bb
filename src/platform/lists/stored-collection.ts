import mongoose from 'mongoose';
import type { MirrorSource } from './list-mirror.js';

function connectedDb() {
  const db = mongoose.connection.db;
  if (!db) throw new Error('The database is not connected');
  return db;
}

/**
 * The collection's document count from collStats: FerretDB v1 on SQLite answers it from SQLite's page
 * statistics (~30 ms for the demo vacancies), where `count` decodes every document (~2 s).
 */
async function countStoredDocuments(collectionName: string): Promise<number> {
  try {
    const stats = await connectedDb().command({ collStats: collectionName });
    return Number(stats.count ?? 0);
  } catch (err) {
    // A collection never written to does not exist yet on MongoDB.
    if ((err as { code?: number }).code === 26) return 0;
    throw err;
  }
}

/**
 * Every stored `_id` of a collection, as strings (ObjectIds as their hex), with only `_id` on the wire: what a
 * mirror compares with its own ids to find records another process deleted.
 */
async function* streamStoredIds(collectionName: string): AsyncGenerator<string> {
  const cursor = connectedDb().collection(collectionName).find({}, { projection: { _id: 1 } }).batchSize(2_000);
  for await (const doc of cursor) yield String(doc._id);
}

/** The part of a mirror source that reads the collection as a whole, the same for every mirrored collection. */
export function storedCollectionOps(collectionName: string): Pick<MirrorSource<never>, 'streamIds' | 'countStored'> {
  return {
    streamIds: () => streamStoredIds(collectionName),
    countStored: () => countStoredDocuments(collectionName),
  };
}
