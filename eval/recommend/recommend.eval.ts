import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readDemoMarket } from '../../src/modules/demand/market-source.js';
import { generateDemoCourses, type DemoCentre } from '../../src/modules/training/demo-courses.js';
import { DEMO_TODAY } from '../../src/modules/training/demo-courses.seed.js';
import { loadTaxonomy } from '../../src/modules/taxonomy/taxonomy.loader.js';
import { recommendFor } from '../../src/modules/recommendations/recommender.js';
import { buildCandidateProfile } from '../../src/modules/matching/candidate-profile.builder.js';
import { expectedGain } from '../../src/modules/recommendations/expected-gain.js';
import type { Course } from '../../src/modules/training/course.types.js';
import { buildFixture, provinceOf } from './recommend-fixture.js';
import { sample, seededRandom } from '../../src/platform/seeded-random.js';
import { percentileOfSorted } from '../../src/modules/reporting/statistics.js';

/**
 * `npm run eval:recommend -- [DEMO_DIR] [--limit N]`: over every demo candidate, the expected gain of
 * the best recommended plan, against two baselines with the same number of courses: random feasible
 * courses, and the courses teaching the province's most-demanded skills regardless of the person's
 * profile (among the courses they can attend; the same baseline ignoring feasibility is printed too).
 */
const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
const dir = path.resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--limit') ?? 'seeds/demo');

const { vacancies, candidates } = readDemoMarket(dir);
const centres = JSON.parse(readFileSync(path.join(dir, 'centres.json'), 'utf8')) as DemoCentre[];
const taxonomy = loadTaxonomy();
const { loadReferenceData } = await import('../../src/modules/reference/reference-data.js');
const reference = loadReferenceData();
const demoVacancies = vacancies.map((v) => ({ ...v, province: (v.location?.comune && reference.resolveComune(v.location.comune)?.comune.provinceAbbrev) || '' }));
const courses = generateDemoCourses(demoVacancies, centres, (u) => taxonomy.occupationLabel(u, 'it') ?? u, { perProvince: 40, firstStart: DEMO_TODAY, seed: 20261130 });
const fixture = buildFixture(vacancies, candidates, courses, DEMO_TODAY);

const random = seededRandom(42);
const skillsOf = (chosen: readonly Course[]): string[] => [...new Set(chosen.flatMap((c) => c.skills))];

const planGains: number[] = [];
const randomGains: number[] = [];
const demandGains: number[] = [];
const demandAnyGains: number[] = [];
let withPlan = 0;
for (const candidate of candidates.slice(0, limit)) {
  const province = provinceOf(fixture, candidate);
  const area = province ? fixture.areas.get(province) : undefined;
  const inputs = { engine: fixture.market.engine, catalogue: fixture.catalogue, area, titleVacancies: fixture.market.titleVacancies, today: DEMO_TODAY, lang: 'en' as const };
  const result = recommendFor(candidate, inputs);
  const best = [...result.trainingPlans].sort((a, b) => b.expectedGain - a.expectedGain)[0];
  planGains.push(best?.expectedGain ?? 0);
  if (best && best.courses.length > 0) withPlan += 1;
  const k = Math.max(1, best?.courses.length ?? 1);
  const profile = buildCandidateProfile(fixture.market.engine.context, candidate);
  const learner = { place: profile.place, mobilityKm: profile.mobilityKm, availableFrom: candidate.availableFrom, languages: profile.languages };
  const feasible = fixture.catalogue.partition(fixture.catalogue.courses.filter((c) => c.kind !== 'italian-language'), learner, DEMO_TODAY).feasible;
  const shuffled = sample(random, feasible, k);
  const demand = new Map((area?.skills ?? []).map((s) => [s.key, s.active]));
  const mostDemanded = (pool: readonly Course[]): Course[] => pool
    .map((c) => ({ c, score: c.skills.reduce((sum, s) => sum + (demand.get(s) ?? 0), 0) }))
    .sort((a, b) => b.score - a.score || (a.c.id < b.c.id ? -1 : 1)).slice(0, k).map((x) => x.c);
  const inProvince = fixture.catalogue.courses.filter((c) => c.kind !== 'italian-language' && (c.location.online || c.place?.province === province));
  const gainOf = (chosen: readonly Course[]): number => expectedGain(fixture.market.engine, profile, candidate, { addSkills: skillsOf(chosen) }, province, DEMO_TODAY).gained;
  randomGains.push(gainOf(shuffled));
  demandGains.push(gainOf(mostDemanded(feasible)));
  demandAnyGains.push(gainOf(mostDemanded(inProvince)));
}

const summary = (name: string, gains: number[]): string => {
  const total = gains.reduce((a, b) => a + b, 0);
  // Sorted once for both percentiles; its last element is the max.
  const sorted = [...gains].sort((a, b) => a - b);
  const [p50, p90, max] = [percentileOfSorted(sorted, 50), percentileOfSorted(sorted, 90), sorted.at(-1)];
  return `${name.padEnd(28)} mean ${(total / gains.length).toFixed(3)}  total ${String(total).padStart(5)}  >0 for ${(100 * gains.filter((g) => g > 0).length / gains.length).toFixed(1)}%  p50 ${p50 ?? 0}  p90 ${p90 ?? 0}  max ${max ?? 0}`;
};
const histogram = (gains: number[]): string => {
  const bins: [string, (g: number) => boolean][] = [['0', (g) => g === 0], ['1-2', (g) => g >= 1 && g <= 2], ['3-5', (g) => g >= 3 && g <= 5], ['6-10', (g) => g >= 6 && g <= 10], ['>10', (g) => g > 10]];
  return bins.map(([label, test]) => `${label}: ${gains.filter(test).length}`).join('  ');
};

console.log(`eval:recommend on ${dir}: ${planGains.length} candidates, ${vacancies.length} vacancies, ${courses.length} courses, as of ${DEMO_TODAY}`);
console.log(`candidates with a plan that has at least one feasible course: ${withPlan}`);
console.log(`expected gain of the best plan (vacancies newly scoring ≥ 70 in the province): ${histogram(planGains)}`);
console.log(summary('recommended plan', planGains));
console.log(summary('baseline: random feasible', randomGains));
console.log(summary('baseline: most-demanded', demandGains));
console.log(summary('(most-demanded, infeasible ok)', demandAnyGains));
const wins = (other: number[]): string => {
  const better = planGains.filter((g, i) => g > other[i]!).length;
  const worse = planGains.filter((g, i) => g < other[i]!).length;
  return `plan better for ${better}, worse for ${worse}, tied ${planGains.length - better - worse}`;
};
console.log(`vs random feasible: ${wins(randomGains)}`);
console.log(`vs most-demanded: ${wins(demandGains)}`);
console.log(`vs most-demanded ignoring feasibility (courses the person cannot attend; not a real option): ${wins(demandAnyGains)}`);
const beats = planGains.reduce((a, b) => a + b, 0) > Math.max(randomGains.reduce((a, b) => a + b, 0), demandGains.reduce((a, b) => a + b, 0));
console.log(`check: recommended plans beat both baselines in total expected gain: ${beats ? 'PASS' : 'FAIL'}`);
process.exitCode = beats ? 0 : 1;
