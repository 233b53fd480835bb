import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadReferenceData } from '../../src/modules/reference/reference-data.js';
import type { Comune } from '../../src/modules/reference/reference.types.js';
import { loadTaxonomy } from '../../src/modules/taxonomy/taxonomy.loader.js';
import { readDemoMarket, type MarketCandidate, type MarketVacancy } from '../../src/modules/demand/market-source.js';
import { generateDemoCourses, type DemoCentre } from '../../src/modules/training/demo-courses.js';
import { DEMO_TODAY } from '../../src/modules/training/demo-courses.seed.js';
import type { CourseInput } from '../../src/modules/training/course.schema.js';
import { recommendFor } from '../../src/modules/recommendations/recommender.js';
import { buildFixture, provinceOf } from '../../eval/recommend/recommend-fixture.js';
import { seededRandom } from '../../src/platform/seeded-random.js';
import { percentile } from '../../src/modules/reporting/statistics.js';

/**
 * `npm run bench:recommend [-- --vacancies N --courses N]`: synthetic Italy-wide market built from the
 * demo records (200k vacancies and 5,000 courses placed in comuni by population, 5,000 candidates),
 * then the demand refresh time and the p95 of one candidate's recommendations.
 */
const arg = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const VACANCIES = arg('vacancies', 200_000);
const COURSES = arg('courses', 5_000);
const CANDIDATES = 5_000;

const random = seededRandom(7);
const reference = loadReferenceData();
const comuni = [...reference.tables.comuni].sort((a, b) => b.population - a.population);
const cumulative: number[] = [];
comuni.reduce((sum, c) => (cumulative.push(sum + c.population), sum + c.population), 0);
const pickComune = (): Comune => {
  const target = random() * cumulative[cumulative.length - 1]!;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return comuni[lo]!;
};
const addDays = (iso: string, days: number): string => new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);

const demo = readDemoMarket();
const vacancies: MarketVacancy[] = [];
for (let i = 0; i < VACANCIES; i++) {
  const base = demo.vacancies[i % demo.vacancies.length]!;
  const comune = pickComune();
  const validFrom = addDays(DEMO_TODAY, Math.floor(random() * 130) - 100);
  vacancies.push({
    ...base, id: `bench-v-${i}`, location: { comune: comune.istat, lat: comune.lat, lon: comune.lon }, validFrom, validThrough: addDays(validFrom, 30 + Math.floor(random() * 90)),
    employer: { id: `bench-e-${Math.floor(random() * 20_000)}`, name: 'Bench employer', ateco: base.employer?.ateco },
    ...(i > 0 && random() < 0.03 ? { duplicateOf: `bench-v-${i - 1}` } : {}),
  });
}
const candidates: MarketCandidate[] = [...demo.candidates];
for (let i = demo.candidates.length; i < CANDIDATES; i++) {
  const comune = pickComune();
  candidates.push({ ...demo.candidates[i % demo.candidates.length]!, id: `bench-c-${i}`, location: { comune: comune.istat, lat: comune.lat, lon: comune.lon } });
}
const taxonomy = loadTaxonomy();
const centres = JSON.parse(readFileSync(path.resolve('seeds/demo/centres.json'), 'utf8')) as DemoCentre[];
const demoCourses = generateDemoCourses(
  demo.vacancies.map((v) => ({ ...v, province: (v.location?.comune && reference.resolveComune(v.location.comune)?.comune.provinceAbbrev) || '' })),
  centres, (u) => taxonomy.occupationLabel(u, 'it') ?? u, { perProvince: 40, firstStart: DEMO_TODAY, seed: 20261130 },
);
const courses: CourseInput[] = [...demoCourses];
for (let i = courses.length; i < COURSES; i++) {
  const base = demoCourses[i % demoCourses.length]!;
  courses.push({ ...base, id: `bench-course-${i}`, location: base.location.online ? base.location : { online: false, comune: pickComune().istat } });
}

if (process.argv.includes('--demand-only')) {
  const { computeDemand } = await import('../../src/modules/demand/demand.compute.js');
  const { taxonomyDemandLookups } = await import('../../src/modules/demand/demand-lookups.js');
  const { demandRecordMapper } = await import('../../src/modules/demand/demand-records.js');
  const { defaultDemandSettings } = await import('../../src/modules/demand/demand.types.js');
  const mapper = demandRecordMapper(reference);
  const tMap = performance.now();
  const dv = vacancies.map(mapper.vacancy);
  const dc = candidates.map(mapper.candidate);
  const tCompute = performance.now();
  const areas = computeDemand(dv, dc, taxonomyDemandLookups(taxonomy), defaultDemandSettings(DEMO_TODAY));
  const end = performance.now();
  console.log(`demand refresh over ${VACANCIES} vacancies, ${candidates.length} candidates: mapping ${((tCompute - tMap) / 1000).toFixed(2)} s, computation ${((end - tCompute) / 1000).toFixed(2)} s, ${areas.length} areas, stored size ${(JSON.stringify(areas).length / 1e6).toFixed(1)} MB`);
  process.exit(0);
}
const t0 = performance.now();
const fixture = buildFixture(vacancies, candidates, courses, DEMO_TODAY);
const buildMs = performance.now() - t0;
const durations: number[] = [];
const calls: Record<string, [number, number]> = {};
if (process.argv.includes('--profile')) {
  const engine = fixture.market.engine as unknown as Record<string, (...a: unknown[]) => unknown>;
  for (const name of ['vacanciesForCandidate', 'score', 'explain']) {
    const original = engine[name]!.bind(engine);
    engine[name] = (...a: unknown[]) => {
      const start = performance.now();
      const result = original(...a);
      const c = (calls[name] ??= [0, 0]);
      c[0] += 1;
      c[1] += performance.now() - start;
      return result;
    };
  }
}
const sample = demo.candidates.slice(0, 220);
for (const [i, candidate] of sample.entries()) {
  const province = provinceOf(fixture, candidate);
  const inputs = { engine: fixture.market.engine, catalogue: fixture.catalogue, area: province ? fixture.areas.get(province) : undefined, titleVacancies: fixture.market.titleVacancies, today: DEMO_TODAY, lang: 'en' as const };
  const start = performance.now();
  recommendFor(candidate, inputs);
  if (i >= 20) durations.push(performance.now() - start);
}
const to = fixture.areas.get('TO');
if (process.argv.includes('--profile')) console.log('engine calls (count, total ms):', JSON.stringify(calls));
console.log(`bench:recommend: ${VACANCIES} vacancies (${vacancies.filter((v) => v.duplicateOf).length} duplicates), ${courses.length} courses, ${candidates.length} candidates`);
console.log(`demand refresh (computation over all vacancies and candidates): ${(fixture.demandMs / 1000).toFixed(2)} s — target ≤ 30 s; ${fixture.areas.size} provinces, Torino ${to?.activeVacancies ?? 0} active vacancies, ${to?.occupations.length ?? 0} occupation rows, ${to?.skills.length ?? 0} skill rows`);
console.log(`matching engine load (profiles of every vacancy): ${(fixture.engineMs / 1000).toFixed(1)} s; whole set-up ${(buildMs / 1000).toFixed(1)} s`);
console.log(`recommendations for one candidate (${durations.length} demo candidates after 20 warm-up): p50 ${percentile(durations, 50)?.toFixed(1)} ms, p95 ${percentile(durations, 95)?.toFixed(1)} ms, max ${percentile(durations, 100)?.toFixed(1)} ms — target p95 ≤ 200 ms`);
