import { pick as pickWith, seededRandom } from '../src/platform/seeded-random.js';
import { buildFairnessReport, type FairnessRecord } from '../src/modules/audit/fairness/fairness.report.js';
import { nodeCpuMs } from './process-cpu.js';

/**
 * Times the fairness report generator over synthetic candidates (seeded, the same on every run), so the cost of
 * the audit itself is known apart from fetching scores. Usage: npm run -s bench:fairness [-- N]
 */
const count = Number(process.argv[2] ?? 100_000);
const next = seededRandom(42);
const pick = <T>(values: readonly T[]): T => pickWith(next, values);

const records: FairnessRecord[] = Array.from({ length: count }, () => ({
  protected: { nationality: pick(['RO', 'MA', 'AL', 'NG', 'UA', 'SN', 'IT', 'PK', 'PE', 'XX']), gender: pick(['female', 'male']), birthYear: 1960 + Math.floor(next() * 45), protectionStatus: pick(['none', 'none', 'refugee', 'asylum-applicant']) },
  score: Math.round(next() * 100),
  recommended: next() < 0.3,
  placed: next() < 0.08,
}));

const runs = 5;
buildFairnessReport(records, { minGroupSize: 10, referenceYear: 2026 });
const started = performance.now();
const cpuStarted = nodeCpuMs();
for (let i = 0; i < runs; i += 1) buildFairnessReport(records, { minGroupSize: 10, referenceYear: 2026 });
const ms = (performance.now() - started) / runs;
const cpu = (nodeCpuMs() - cpuStarted) / runs;
// CPU time is what one core spent, whatever else the shared machine ran; wall time is printed beside it.
process.stdout.write(`fairness report: ${count} candidates, ${cpu.toFixed(1)} ms CPU, ${ms.toFixed(1)} ms wall per report (mean of ${runs})\n`);
