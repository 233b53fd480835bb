import { isDuplicateKeyError } from '../../platform/db/duplicate-key.js';
import { LeaseModel } from './lease.model.js';

/**
 * Takes the lease when it is free, expired, or already ours: one atomic findOneAndUpdate (FerretDB v1
 * has no transactions). When another holder's live lease exists, the upsert collides on _id and fails.
 */
export async function acquireLease(key: string, holder: string, ttlMs: number): Promise<boolean> {
  const now = new Date();
  const leases = LeaseModel.collection;
  try {
    await leases.findOneAndUpdate(
      { _id: key as never, $or: [{ expiresAt: { $lt: now } }, { holder }] },
      { $set: { holder, expiresAt: new Date(now.getTime() + ttlMs) } },
      { upsert: true },
    );
    return true;
  } catch (err) {
    if (isDuplicateKeyError(err)) return false;
    throw err;
  }
}

/** Extends our lease; false means it was lost (expired and taken), so the run must stop writing. */
export async function renewLease(key: string, holder: string, ttlMs: number): Promise<boolean> {
  const result = await LeaseModel.updateOne({ _id: key, holder }, { $set: { expiresAt: new Date(Date.now() + ttlMs) } });
  return result.matchedCount === 1;
}

export async function releaseLease(key: string, holder: string): Promise<void> {
  await LeaseModel.deleteOne({ _id: key, holder });
}
