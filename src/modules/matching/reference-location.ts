import type { LocationResolver } from './match-context.js';

/** What matching needs from the comuni reference data (the reference module's ReferenceData fits). */
export interface ComuneLookup {
  resolveComune(codeOrName: string): { comune: { lat: number; lon: number; provinceAbbrev: string } } | undefined;
}

/**
 * Coordinates from the record when given (they are more precise than a comune centroid), otherwise
 * from the comune; the province always from the comune, so province filters work on either form.
 */
export function referenceLocationResolver(reference: ComuneLookup): LocationResolver {
  return (location) => {
    if (!location) return undefined;
    const comune = location.comune ? reference.resolveComune(location.comune)?.comune : undefined;
    const hasCoordinates = typeof location.lat === 'number' && typeof location.lon === 'number';
    if (hasCoordinates) return { lat: location.lat!, lon: location.lon!, province: comune?.provinceAbbrev };
    return comune ? { lat: comune.lat, lon: comune.lon, province: comune.provinceAbbrev } : undefined;
  };
}
