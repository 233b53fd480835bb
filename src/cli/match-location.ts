import { coordinatesFromRecord, type LocationResolver } from '../modules/matching/match-context.js';

/** Offline comune coordinates for the CLI; falls back to the records' own lat/lon. */
export async function cliLocationResolver(): Promise<LocationResolver> {
  return coordinatesFromRecord;
}
