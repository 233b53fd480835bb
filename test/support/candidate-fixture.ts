import mongoose from 'mongoose';
import type { Services } from '../../src/services.js';

/**
 * A minimal candidate store in a real collection, registered with the privacy service the way the
 * candidates module registers itself, so privacy tests do not depend on that module's schema.
 */
export const fixtureCollection = 'test_candidates';

export function registerCandidateFixture(services: Services): void {
  const collection = () => mongoose.connection.collection<{ _id: string; centreId: string; updatedAt: Date }>(fixtureCollection);
  services.privacy.setCandidateLocator({
    locate: async (id) => {
      const doc = await collection().findOne({ _id: id });
      return doc ? { centreId: doc.centreId } : undefined;
    },
    findInactiveSince: async (cutoff, limit) => (await collection().find({ updatedAt: { $lt: cutoff } }).limit(limit).toArray()).map((d) => d._id),
  });
  services.privacy.registerHolder({
    name: 'candidate',
    exportFor: (id) => collection().findOne({ _id: id }),
    eraseFor: async (id) => (await collection().deleteOne({ _id: id })).deletedCount,
  });
}

export async function insertFixtureCandidate(doc: Record<string, unknown> & { _id: string; centreId: string }, updatedAt = new Date()): Promise<void> {
  await mongoose.connection.collection(fixtureCollection).insertOne({ ...doc, updatedAt } as never);
}
