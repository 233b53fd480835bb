import type { LocationResolver } from '../modules/matching/match-context.js';
import { referenceLocationResolver } from '../modules/matching/reference-location.js';
import { loadReferenceData } from '../modules/reference/reference-data.js';

/** Offline comune coordinates and provinces from the shipped reference tables; records' own lat/lon win. */
export async function cliLocationResolver(): Promise<LocationResolver> {
  return referenceLocationResolver(loadReferenceData());
}
