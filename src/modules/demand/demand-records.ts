import type { ReferenceData } from '../reference/reference-data.js';
import type { DemandCandidate, DemandVacancy } from './demand.types.js';

/** The parts of a stored vacancy (interchange record plus lifecycle fields) the demand model reads. */
export interface VacancyLike {
  id: string;
  occupation?: string;
  skills?: readonly { uri: string; essential?: boolean }[];
  location?: { comune?: string; lat?: number; lon?: number; remote?: boolean };
  validFrom?: string;
  validThrough?: string;
  status?: string;
  createdAt?: string | Date;
  duplicateOf?: string;
  employer?: { id?: string; name?: string; ateco?: string };
}

export interface CandidateLike {
  id: string;
  skills?: readonly { uri: string }[];
  experiences?: readonly { occupation?: string }[];
  location?: { comune?: string; lat?: number; lon?: number };
  mobilityKm?: number;
}

const closedStatuses = new Set(['closed', 'filled', 'withdrawn', 'expired', 'draft']);

const isoDay = (value: string | Date | undefined): string | undefined =>
  value === undefined ? undefined : (value instanceof Date ? value.toISOString() : value).slice(0, 10);

/** Turns records into demand inputs; the province and region come from the comune, coordinates from the record first. */
export function demandRecordMapper(reference: Pick<ReferenceData, 'resolveComune'>) {
  const placeOf = (location: VacancyLike['location']) => {
    const comune = location?.comune ? reference.resolveComune(location.comune)?.comune : undefined;
    return {
      province: comune?.provinceAbbrev,
      region: comune?.regionCode,
      lat: location?.lat ?? comune?.lat,
      lon: location?.lon ?? comune?.lon,
    };
  };
  return {
    vacancy: (v: VacancyLike): DemandVacancy => ({
      id: v.id,
      occupation: v.occupation,
      skills: v.skills ?? [],
      ...placeOf(v.location),
      postedOn: isoDay(v.validFrom) ?? isoDay(v.createdAt),
      validThrough: isoDay(v.validThrough),
      closed: v.status !== undefined && closedStatuses.has(v.status),
      duplicateOf: v.duplicateOf,
      employer: v.employer,
    }),
    candidate: (c: CandidateLike): DemandCandidate => {
      const place = placeOf(c.location);
      return {
        id: c.id,
        lat: place.lat,
        lon: place.lon,
        mobilityKm: c.mobilityKm,
        occupations: (c.experiences ?? []).flatMap((e) => (e.occupation ? [e.occupation] : [])),
        skills: (c.skills ?? []).map((s) => s.uri),
      };
    },
  };
}
