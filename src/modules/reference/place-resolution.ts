import { ValidationError } from '../../platform/errors.js';
import type { ReferenceData } from './reference-data.js';
import type { Comune } from './reference.types.js';

export interface ResolvedPlace {
  istat: string;
  name: string;
  provinceCode: string;
  provinceAbbrev: string;
  regionCode: string;
  lat: number;
  lon: number;
}

export const toResolvedPlace = (c: Comune): ResolvedPlace => ({
  istat: c.istat,
  name: c.name,
  provinceCode: c.provinceCode,
  provinceAbbrev: c.provinceAbbrev,
  regionCode: c.regionCode,
  lat: c.lat,
  lon: c.lon,
});

/**
 * Resolves an ISTAT code or comune name, or fails with a field-level error at `path`. A name shared by
 * several comuni resolves to the most populous; clients that mean another add the province: "Castro (BG)".
 */
export function resolvePlaceOrThrow(reference: ReferenceData, comune: string, path: string): ResolvedPlace {
  const match = reference.resolveComune(comune);
  if (!match) throw new ValidationError('Unknown comune', [{ path, message: `"${comune}" is not an ISTAT code or comune name` }]);
  return toResolvedPlace(match.comune);
}
