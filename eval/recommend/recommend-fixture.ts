import { loadTaxonomy } from '../../src/modules/taxonomy/taxonomy.loader.js';
import { loadReferenceData, type ReferenceData } from '../../src/modules/reference/reference-data.js';
import { computeDemand } from '../../src/modules/demand/demand.compute.js';
import { taxonomyDemandLookups } from '../../src/modules/demand/demand-lookups.js';
import { demandRecordMapper } from '../../src/modules/demand/demand-records.js';
import { defaultDemandSettings, type AreaDemand } from '../../src/modules/demand/demand.types.js';
import type { MarketCandidate, MarketVacancy } from '../../src/modules/demand/market-source.js';
import type { CourseInput } from '../../src/modules/training/course.schema.js';
import type { Course } from '../../src/modules/training/course.types.js';
import { buildMarketEngine, type MarketEngine } from '../../src/modules/recommendations/market-engine.js';
import { CourseCatalogue } from '../../src/modules/recommendations/course-catalogue.js';

export interface RecommendFixture {
  reference: ReferenceData;
  market: MarketEngine;
  catalogue: CourseCatalogue;
  areas: Map<string, AreaDemand>;
  demandMs: number;
  engineMs: number;
}

/** Places courses on their comune, as the course service does before storing them. */
export function placeCourses(inputs: readonly CourseInput[], reference: ReferenceData): Course[] {
  return inputs.map((c) => {
    const comune = c.location.comune ? reference.resolveComune(c.location.comune)?.comune : undefined;
    return comune ? { ...c, place: { istat: comune.istat, lat: comune.lat, lon: comune.lon, province: comune.provinceAbbrev } } : c;
  });
}

/** Demand tables, the matching engine and the course catalogue, all in memory, as the service builds them. */
export function buildFixture(vacancies: MarketVacancy[], candidates: MarketCandidate[], courses: CourseInput[], today: string): RecommendFixture {
  const reference = loadReferenceData();
  const mapper = demandRecordMapper(reference);
  const lookups = taxonomyDemandLookups(loadTaxonomy());
  const demandVacancies = vacancies.map(mapper.vacancy);
  const demandCandidates = candidates.map(mapper.candidate);
  const t0 = performance.now();
  const computed = computeDemand(demandVacancies, demandCandidates, lookups, defaultDemandSettings(today));
  const demandMs = performance.now() - t0;
  const t1 = performance.now();
  const market = buildMarketEngine(vacancies, reference, () => today);
  const engineMs = performance.now() - t1;
  const areas = new Map(computed.filter((a) => a.scope === 'province').map((a) => [a.code, a]));
  return { reference, market, catalogue: new CourseCatalogue(placeCourses(courses, reference)), areas, demandMs, engineMs };
}

export function provinceOf(fixture: RecommendFixture, candidate: MarketCandidate): string | undefined {
  return candidate.location?.comune ? fixture.reference.resolveComune(candidate.location.comune)?.comune.provinceAbbrev : undefined;
}
