import mongoose from 'mongoose';
import type { DomainEvents } from '../../platform/domain-events.js';
import { SightingModel } from './sighting.model.js';
import { expireVacancies, type Listing } from './vacancy-store.js';

/** Today's date in the source's time zone, as an ISO date. */
export function todayIn(timezone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * After a SUCCESSFUL run with sequence `seq`: a vacancy is expired when its validThrough has passed, or
 * when none of the last N successful runs listed it and it existed before them (so it had N chances).
 * Each expired vacancy is announced, so this process's matching index and list mirror drop it at once rather than at
 * the next catch-up.
 */
export async function expireAfterSuccess(
  source: string, seq: number, missingRunsBeforeClose: number, listings: Map<string, Listing>, today: string, events: DomainEvents,
): Promise<number> {
  const oldestCounted = seq - missingRunsBeforeClose + 1;
  const sightings = await SightingModel.find({ source, seq: mongoose.trusted({ $gte: oldestCounted, $lte: seq }) }, { externalIds: 1 }).lean();
  const seen = new Set(sightings.flatMap((s) => s.externalIds));
  const expired: string[] = [];
  for (const [externalId, listing] of listings) {
    if (listing.status !== 'open') continue;
    const pastDate = listing.validThrough !== undefined && listing.validThrough < today;
    const absent = seq >= missingRunsBeforeClose && listing.firstSeq < oldestCounted && !seen.has(externalId);
    if (pastDate || absent) expired.push(externalId);
  }
  const count = await expireVacancies(source, expired);
  for (const externalId of expired) {
    const listing = listings.get(externalId)!;
    listing.status = 'expired';
    if (listing.id) events.emit('vacancy.removed', { id: listing.id });
  }
  // Older markers can no longer change any decision.
  await SightingModel.deleteMany({ source, seq: mongoose.trusted({ $lt: oldestCounted }) });
  return count;
}
