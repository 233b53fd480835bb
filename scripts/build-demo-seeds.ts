/**
 * Builds the demo data set in seeds/demo/ from the shared ESCO and ISTAT files:
 *   npx tsx scripts/build-demo-seeds.ts [path/to/shared]   (default: ../shared beside the repository)
 * A fixed seed makes every run byte-identical; the script validates what it wrote and exits non-zero on problems.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildCandidates } from './demo-seeds/candidates.js';
import { buildEmployers } from './demo-seeds/employers.js';
import { buildGeography } from './demo-seeds/geography.js';
import { Random } from './demo-seeds/random.js';
import { loadReferenceData } from './demo-seeds/reference-data.js';
import { buildVacancies } from './demo-seeds/vacancies.js';
import { validateDemoData } from './demo-seeds/validate.js';

const SEED = 20261130;
const counts = { employers: 240, vacancies: 2400, candidates: 1200 };

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sharedFolder = resolve(process.argv[2] ?? join(repositoryRoot, '..', 'shared'));
const outputFolder = join(repositoryRoot, 'seeds', 'demo');

function writeJsonLines(name: string, records: unknown[]): void {
  const text = records.map((record) => JSON.stringify(record)).join('\n') + '\n';
  writeFileSync(join(outputFolder, name), gzipSync(text, { level: 9 }));
  console.log(`wrote seeds/demo/${name}: ${records.length} lines`);
}

console.log(`loading reference data from ${sharedFolder}`);
const reference = loadReferenceData(sharedFolder);
const geography = buildGeography(reference);
// Separate streams per record kind, so that changing how candidates are made leaves employers and vacancies unchanged.
const employers = buildEmployers(new Random(SEED), geography, counts.employers);
const vacancies = buildVacancies(new Random(SEED + 1), reference, geography, employers, counts.vacancies);
const candidates = buildCandidates(new Random(SEED + 2), reference, geography, counts.candidates);
const centres = geography.centres.map(({ id, name, comune, province, region }) => ({ id, name, comune, province, region }));

const problems = validateDemoData(reference, { centres, employers, vacancies, candidates });
if (problems.length > 0) {
  console.error(`demo data failed validation:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
mkdirSync(outputFolder, { recursive: true });
writeFileSync(join(outputFolder, 'centres.json'), JSON.stringify(centres, null, 2) + '\n');
writeJsonLines('employers.jsonl.gz', employers.map(({ record }) => record));
writeJsonLines('vacancies.jsonl.gz', vacancies);
writeJsonLines('candidates.jsonl.gz', candidates);
console.log('validation passed: counts, ESCO URIs, comuni, ATECO, CCNL, permit reasons and tax codes');
