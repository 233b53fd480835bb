import mongoose from 'mongoose';

/**
 * Every stored `_id` of a collection, as strings (ObjectIds as their hex), with only `_id` on the wire: what a
 * mirror compares with its own ids to find records another process deleted.
 */
export async function* streamStoredIds(collectionName: string): AsyncGenerator<string> {
  const db = mongoose.connection.db;
  if (!db) throw new Error('The database is not connected');
  const cursor = db.collection(collectionName).find({}, { projection: { _id: 1 } }).batchSize(2_000);
  for await (const doc of cursor) yield String(doc._id);
}
