import type { Comune, ReferenceData } from './reference-data.js';
import type { Random } from './random.js';

/** The demo covers Piemonte: six provinces with farming, logistics, industry and tourism. */
export const demoProvinces = ['TO', 'CN', 'AL', 'AT', 'NO', 'VC'] as const;

/** Employment centres (Centri per l'Impiego) of the demo, one record each; ids are stable. */
const centreSeats: [string, string, string][] = [
  ['cpi-torino', 'Torino', 'TO'], ['cpi-moncalieri', 'Moncalieri', 'TO'], ['cpi-rivoli', 'Rivoli', 'TO'],
  ['cpi-cuneo', 'Cuneo', 'CN'], ['cpi-saluzzo', 'Saluzzo', 'CN'], ['cpi-alba', 'Alba', 'CN'],
  ['cpi-alessandria', 'Alessandria', 'AL'], ['cpi-casale-monferrato', 'Casale Monferrato', 'AL'],
  ['cpi-asti', 'Asti', 'AT'], ['cpi-novara', 'Novara', 'NO'], ['cpi-vercelli', 'Vercelli', 'VC'],
];

export interface Centre {
  id: string;
  name: string;
  comune: string;
  province: string;
  region: string;
}

export interface Geography {
  comuni: Comune[];
  centres: (Centre & { lat: number; lon: number })[];
}

export function buildGeography(reference: ReferenceData): Geography {
  const comuni = [...reference.comuni.values()]
    .filter((comune) => (demoProvinces as readonly string[]).includes(comune.province))
    .sort((a, b) => a.code.localeCompare(b.code));
  const centres = centreSeats.map(([id, town, province]) => {
    const seat = comuni.find((comune) => comune.name === town && comune.province === province);
    if (!seat) throw new Error(`centre seat ${town} (${province}) is not a known comune`);
    return { id, name: `Centro per l'Impiego di ${town}`, comune: seat.code, province, region: seat.region, lat: seat.lat, lon: seat.lon };
  });
  return { comuni, centres };
}

export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const toRad = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = toRad(b.lat - a.lat);
  const dLon = toRad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 6371 * 2 * Math.asin(Math.sqrt(h));
}

/**
 * Picks a comune weighted by population^exponent: near 1 favours cities (where most candidates live),
 * smaller exponents spread farms and plants over small towns.
 */
export function pickComune(
  random: Random, geography: Geography, exponent: number, provinceWeights: Record<string, number> = {},
): Comune {
  const entries = geography.comuni.map((comune) =>
    [comune, Math.pow(Math.max(comune.population, 100), exponent) * (provinceWeights[comune.province] ?? 1)] as const);
  return random.weighted(entries);
}

export function nearestCentre(geography: Geography, comune: Comune): Centre {
  const sameProvince = geography.centres.filter((centre) => centre.province === comune.province);
  const ranked = [...sameProvince].sort((a, b) => distanceKm(a, comune) - distanceKm(b, comune));
  const nearest = ranked[0];
  if (!nearest) throw new Error(`no centre in province ${comune.province}`);
  const { id, name, comune: seat, province, region } = nearest;
  return { id, name, comune: seat, province, region };
}
