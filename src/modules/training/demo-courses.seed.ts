import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../../platform/logger.js';
import type { ReferenceData } from '../reference/reference-data.js';
import { loadTaxonomy } from '../taxonomy/taxonomy.loader.js';
import { defaultDemoDir, readDemoMarket } from '../demand/market-source.js';
import type { CourseService } from './course.service.js';
import { generateDemoCourses, type DemoCentre } from './demo-courses.js';
import type { DemandService } from '../demand/demand.service.js';
import { seedLabourFlows } from '../demand/demand-figures.seed.js';

/** The demo calendar starts on the day the demo data describes, so the seeded courses are upcoming. */
export const DEMO_TODAY = '2026-11-30';

/** Builds the deterministic demo catalogue for the demo provinces (Piemonte) from the shipped demo files. */
export function buildDemoCourses(reference: Pick<ReferenceData, 'resolveComune'>, dir = defaultDemoDir, perProvince = 40) {
  const taxonomy = loadTaxonomy();
  const centres = JSON.parse(readFileSync(path.join(dir, 'centres.json'), 'utf8')) as DemoCentre[];
  const vacancies = readDemoMarket(dir).vacancies.map((v) => ({
    occupation: v.occupation,
    skills: v.skills,
    province: (v.location?.comune && reference.resolveComune(v.location.comune)?.comune.provinceAbbrev) || '',
  }));
  return generateDemoCourses(vacancies, centres, (uri) => taxonomy.occupationLabel(uri, 'it') ?? uri, { perProvince, firstStart: DEMO_TODAY, seed: 20261130 });
}

/**
 * Idempotent: the ids are stable, so a second seed replaces the same courses. The regional hiring
 * flows shipped for the demand model are loaded with them (once).
 */
export async function seedDemoCourses(courses: CourseService, reference: Pick<ReferenceData, 'resolveComune'>, logger: Logger, demand?: DemandService): Promise<number> {
  if (demand) await seedLabourFlows(demand, logger);
  const loaded = await courses.upsertAll(buildDemoCourses(reference));
  logger.info({ courses: loaded }, 'seed: demo courses loaded');
  return loaded;
}
