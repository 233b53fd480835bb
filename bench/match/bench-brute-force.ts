import type { MatchEngine } from '../../src/modules/matching/match-engine.js';
import type { CandidateProfile, VacancyProfile } from '../../src/modules/matching/match-profile.types.js';
import type { MatchScore } from '../../src/modules/matching/match-scorer.js';
import { nodeCpuMs } from '../process-cpu.js';

const key = (list: MatchScore[]): string => list.map((m) => `${m.vacancyId}|${m.candidateId}|${m.score}`).join(',');

/** Brute force (every pair scored) against the pruned index on the same queries: speed ratio and agreement. */
export function compareWithBruteForce(
  engine: MatchEngine,
  candidates: readonly CandidateProfile[],
  vacancies: readonly VacancyProfile[],
  log: (line: string) => void,
): void {
  const run = <P>(label: string, items: readonly P[], query: (p: P, bruteForce: boolean) => MatchScore[]): void => {
    let pruned = 0;
    let brute = 0;
    let agree = 0;
    for (const item of items) {
      let t0 = nodeCpuMs();
      const fast = query(item, false);
      pruned += nodeCpuMs() - t0;
      t0 = nodeCpuMs();
      const slow = query(item, true);
      brute += nodeCpuMs() - t0;
      if (key(fast) === key(slow)) agree += 1;
    }
    log(`brute force, ${label}: ${items.length} queries, pruned ${(pruned / items.length).toFixed(2)} ms vs brute ${(brute / items.length).toFixed(1)} ms cpu-ms per query = ${(brute / pruned).toFixed(0)}x faster; identical top-10: ${agree}/${items.length} (${((100 * agree) / Math.max(1, items.length)).toFixed(1)}%)`);
  };
  run('top-10 vacancies for a candidate', candidates, (c, bruteForce) => engine.vacanciesForCandidate(c, { top: 10, bruteForce }));
  run('top-10 candidates for a vacancy', vacancies, (v, bruteForce) => engine.candidatesForVacancy(v, { top: 10, bruteForce }));
}
