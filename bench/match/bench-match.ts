import { parseArgs } from 'node:util';
import { loadTaxonomy } from '../../src/modules/taxonomy/taxonomy.loader.js';
import { loadRecognizer } from '../../src/modules/taxonomy/taxonomy.recognizer.js';
import { loadReferenceData } from '../../src/modules/reference/reference-data.js';
import { createMatchContext } from '../../src/modules/matching/match-context.js';
import { referenceLocationResolver } from '../../src/modules/matching/reference-location.js';
import { MatchEngine } from '../../src/modules/matching/match-engine.js';
import { buildCandidateProfile } from '../../src/modules/matching/candidate-profile.builder.js';
import { buildVacancyProfile } from '../../src/modules/matching/vacancy-profile.builder.js';
import type { CandidateProfile, VacancyProfile } from '../../src/modules/matching/match-profile.types.js';
import { buildWorld, syntheticCandidates, syntheticVacancies } from './synthetic-market.js';
import { garbageCollector, latencyLine, rssMb, timeBlock, timeEach } from './bench-stats.js';
import { percentileOfSorted } from '../../src/modules/reporting/statistics.js';
import { compareWithBruteForce } from './bench-brute-force.js';
import { timedRecognizer } from './timed-recognizer.js';

const { values } = parseArgs({
  options: {
    vacancies: { type: 'string', default: '200000' },
    candidates: { type: 'string', default: '100000' },
    queries: { type: 'string', default: '1000' },
    brute: { type: 'string', default: '30' },
    batch: { type: 'string', default: '5000' },
    seed: { type: 'string', default: '42' },
    occupations: { type: 'string', default: '1500' },
  },
});
const n = (name: keyof typeof values): number => Number.parseInt(String(values[name]), 10);
const AS_OF = '2026-12-01';
// RSS is reported after a full collection, so it shows what the index keeps rather than build garbage.
const collectGarbage = garbageCollector();
const log = (line: string): void => console.log(line);

const t0 = performance.now();
const taxonomy = loadTaxonomy();
const recognizer = loadRecognizer();
const reference = loadReferenceData();
log(`taxonomy + recognizer + reference loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s; RSS ${rssMb()} MB`);
const recognition = timedRecognizer(recognizer);
const context = createMatchContext({ taxonomy, recognizer: recognition.recognizer, resolveLocation: referenceLocationResolver(reference) });
const engine = new MatchEngine(context, { today: () => AS_OF });
const world = buildWorld(taxonomy, reference.tables.comuni, n('occupations'), n('seed'));

const vacancyProfiles: VacancyProfile[] = [];
const candidateProfiles: CandidateProfile[] = [];
const profiles = timeBlock(() => {
  for (const v of syntheticVacancies(world, n('vacancies'), n('seed') + 1, AS_OF)) vacancyProfiles.push(buildVacancyProfile(context, v));
  for (const c of syntheticCandidates(world, n('candidates'), n('seed') + 2, AS_OF, ['it', 'en', 'fr'])) {
    candidateProfiles.push(buildCandidateProfile(context, c));
  }
});
log(`profiles: ${vacancyProfiles.length} vacancies + ${candidateProfiles.length} candidates from records in ${profiles.wallS.toFixed(1)} s wall / ${profiles.cpuS.toFixed(1)} s cpu (incl. memoised ESCO recognition of titles and texts)`);
log(`  of which ESCO recognition: ${recognition.calls()} distinct calls (memo misses) in ${recognition.cpuS().toFixed(1)} s cpu; the rest of profile building ${(profiles.cpuS - recognition.cpuS()).toFixed(1)} s cpu`);
const index = timeBlock(() => {
  vacancyProfiles.forEach((p) => engine.vacancies.upsert(p));
  candidateProfiles.forEach((p) => engine.candidates.upsert(p));
});
collectGarbage();
log(`index build (inverted lists, both sides): ${index.wallS.toFixed(1)} s wall / ${index.cpuS.toFixed(1)} s cpu; RSS after GC ${rssMb()} MB (heap ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB)`);
// What a service start pays to go from stored records to a queryable engine (the taxonomy load above is shared with the taxonomy module).
log(`build total, records → queryable engine (profiles + index): ${(profiles.wallS + index.wallS).toFixed(1)} s wall / ${(profiles.cpuS + index.cpuS).toFixed(1)} s cpu`);

const step = (count: number, total: number) => Math.max(1, Math.floor(total / count));
const candidateSample = candidateProfiles.filter((_, i) => i % step(n('queries'), candidateProfiles.length) === 0).slice(0, n('queries'));
const vacancySample = vacancyProfiles.filter((_, i) => i % step(n('queries'), vacancyProfiles.length) === 0).slice(0, n('queries'));
const scored: number[] = [];
let scans = 0;
const forCandidate = timeEach(candidateSample, (c) => {
  const stats = { touched: 0, scored: 0, scannedUntouched: false };
  engine.vacanciesForCandidate(c, { top: 10, stats });
  scored.push(stats.scored);
  if (stats.scannedUntouched) scans += 1;
});
log(latencyLine(`top-10 vacancies for a candidate over ${engine.vacancies.size} vacancies`, forCandidate));
scored.sort((a, b) => a - b);
log(`  fully scored per query: median ${percentileOfSorted(scored, 50)}, p99 ${percentileOfSorted(scored, 99)} of ${engine.vacancies.size} vacancies; ${scans} of ${candidateSample.length} queries had to scan vacancies sharing no concept`);
log(latencyLine(`top-10 candidates for a vacancy over ${engine.candidates.size} candidates`, timeEach(vacancySample, (v) => engine.candidatesForVacancy(v, { top: 10 }))));

const batch = Math.min(n('batch'), candidateProfiles.length);
const batchTime = timeBlock(() => {
  for (let i = 0; i < batch; i++) engine.vacanciesForCandidate(candidateProfiles[i]!, { top: 10 });
});
const perSecond = batch / batchTime.cpuS;
log(`batch: top-10 vacancies for ${batch} candidates in ${batchTime.wallS.toFixed(1)} s wall / ${batchTime.cpuS.toFixed(1)} s cpu = ${perSecond.toFixed(0)} candidates per cpu-second` +
  (batch < candidateProfiles.length ? ` (a measured sample; all ${candidateProfiles.length} ≈ ${(candidateProfiles.length / perSecond).toFixed(0)} cpu-s)` : ''));

compareWithBruteForce(engine, candidateSample.slice(0, n('brute')), vacancySample.slice(0, n('brute')), log);
log(`final RSS ${rssMb()} MB`);
