import { expect } from 'chai';
import { FeatureIndex, type TopKQuery } from '../../../src/modules/matching/feature-index.js';
import { defaultEligibilityRules } from '../../../src/modules/matching/eligibility-rules.js';
import type { CandidateProfile, VacancyProfile } from '../../../src/modules/matching/match-profile.types.js';
import { matchScoreValue, RestFit, scoreCandidateForVacancy } from '../../../src/modules/matching/match-scorer.js';
import { boundedRestWeight } from '../../../src/modules/matching/scoring-weights.js';
import { MatchEngine } from '../../../src/modules/matching/match-engine.js';
import { realMatchContext } from './matching-fixtures.js';
import { randomCandidate, randomVacancy, seededRandom } from './random-profiles.js';

const asOfDay = 20_420;
const options = { rules: defaultEligibilityRules, asOfDay };
const ids = (list: { id: string; score: number }[]) => list.map((r) => `${r.id}:${r.score}`);

function vacancyQuery(candidate: CandidateProfile, k: number, province?: string): TopKQuery<VacancyProfile, RestFit> {
  const rest = new RestFit();
  return {
    probe: candidate, k, restBound: boundedRestWeight,
    include: (v) => !province || v.place?.province === province,
    rest: (v) => rest.of(candidate, v),
    score: (v, fit) => matchScoreValue(candidate, v, fit),
    evaluate: (v) => {
      const m = scoreCandidateForVacancy(candidate, v, options);
      return { id: v.id, score: m.score, accepted: m.eligible };
    },
  };
}

function candidateQuery(vacancy: VacancyProfile, k: number): TopKQuery<CandidateProfile, RestFit> {
  const rest = new RestFit();
  return {
    probe: vacancy, k, restBound: boundedRestWeight,
    rest: (c) => rest.of(c, vacancy),
    score: (c, fit) => matchScoreValue(c, vacancy, fit),
    evaluate: (c) => {
      const m = scoreCandidateForVacancy(c, vacancy, options);
      return { id: c.id, score: m.score, accepted: m.eligible };
    },
  };
}

describe('matching engine: pruned top-k against brute force', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`when random data (seed ${seed}) is queried both ways, then pruned top-k equals brute force exactly`, () => {
      const rnd = seededRandom(seed);
      // Odd seeds skip long lists (as at regional scale), so the bound of skipped lists is exercised too.
      const lists = seed % 2 ? { share: 0.02, min: 20 } : undefined;
      const vacancies = new FeatureIndex<VacancyProfile>(lists);
      const candidates = new FeatureIndex<CandidateProfile>(lists);
      for (let i = 0; i < 1500; i++) vacancies.upsert(randomVacancy(rnd, `v${String(i).padStart(4, '0')}`));
      for (let i = 0; i < 600; i++) candidates.upsert(randomCandidate(rnd, `c${String(i).padStart(4, '0')}`));
      // Churn: removals and re-saves leave holes the pruned path must skip.
      for (let i = 0; i < 200; i++) vacancies.remove(`v${String(Math.floor(rnd() * 1500)).padStart(4, '0')}`);
      for (let i = 0; i < 100; i++) vacancies.upsert(randomVacancy(rnd, `v${String(Math.floor(rnd() * 1500)).padStart(4, '0')}`));
      let scoredPruned = 0;
      for (let q = 0; q < 60; q++) {
        const k = [1, 5, 10, 50][q % 4]!;
        const candidate = randomCandidate(rnd, `q${q}`);
        const province = q % 3 === 0 ? 'MI' : undefined;
        const stats = { touched: 0, scored: 0, scannedUntouched: false };
        expect(ids(vacancies.topK(vacancyQuery(candidate, k, province), stats))).to.deep.equal(
          ids(vacancies.bruteForce(vacancyQuery(candidate, k, province))),
        );
        scoredPruned += stats.scored;
        const vacancy = randomVacancy(rnd, `qv${q}`);
        expect(ids(candidates.topK(candidateQuery(vacancy, k)))).to.deep.equal(ids(candidates.bruteForce(candidateQuery(vacancy, k))));
      }
      // Most pairs are never fully scored, even on this small, densely overlapping data (skipping
      // nearly every list here, as the odd seeds do, loosens the bounds on purpose).
      expect(scoredPruned).to.be.lessThan((lists ? 0.9 : 0.6) * 60 * vacancies.size);
    });
  }

  it('when the engine is asked both ways with province, exclusions and explain-all, then it equals its brute force', function () {
    this.timeout(120_000);
    const rnd = seededRandom(11);
    const engine = new MatchEngine(realMatchContext(), { today: () => '2025-11-30' });
    for (let i = 0; i < 1200; i++) engine.vacancies.upsert(randomVacancy(rnd, `v${i}`));
    for (let i = 0; i < 500; i++) engine.candidates.upsert(randomCandidate(rnd, `c${i}`));
    const excludeIds = new Set(['v1', 'v2', 'v3', 'c1', 'c2']);
    for (let q = 0; q < 40; q++) {
      const options = { top: 1 + (q % 12), province: q % 2 ? 'TO' : undefined, excludeIds, explainAll: q % 3 === 0 };
      const candidate = randomCandidate(rnd, `qc${q}`);
      const vacancy = randomVacancy(rnd, `qv${q}`);
      expect(engine.vacanciesForCandidate(candidate, options)).to.deep.equal(engine.vacanciesForCandidate(candidate, { ...options, bruteForce: true }));
      expect(engine.candidatesForVacancy(vacancy, options)).to.deep.equal(engine.candidatesForVacancy(vacancy, { ...options, bruteForce: true }));
    }
  });

  it('when many profiles tie on score, then the order falls back to the id', () => {
    const rnd = seededRandom(9);
    const index = new FeatureIndex<VacancyProfile>();
    const base = randomVacancy(rnd, 'x');
    for (const id of ['b', 'c', 'a', 'd']) index.upsert({ ...base, id, open: true, validThroughDay: undefined });
    const candidate = { ...randomCandidate(rnd, 'c1'), authorisation: undefined };
    const top = index.topK(vacancyQuery(candidate, 3));
    expect(top.map((t) => t.id)).to.deep.equal(['a', 'b', 'c']);
  });
});
