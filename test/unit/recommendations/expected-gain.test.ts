import { expect } from 'chai';
import { loadReferenceData } from '../../../src/modules/reference/reference-data.js';
import { readDemoMarket, type MarketCandidate } from '../../../src/modules/demand/market-source.js';
import { buildMarketEngine, type MarketEngine } from '../../../src/modules/recommendations/market-engine.js';
import { applyChange, expectedGain, STRONG_MATCH } from '../../../src/modules/recommendations/expected-gain.js';
import { buildCandidateProfile } from '../../../src/modules/matching/candidate-profile.builder.js';

/** Counts by brute force what expectedGain finds through the pruned paths. */
function bruteForceGain(market: MarketEngine, record: MarketCandidate, change: Parameters<typeof applyChange>[1], province: string): number {
  const { engine } = market;
  const before = buildCandidateProfile(engine.context, record);
  const after = buildCandidateProfile(engine.context, applyChange(record, change));
  let gained = 0;
  for (const v of engine.vacancies.all()) {
    if (v.place?.province !== province) continue;
    const a = engine.score(after, v);
    const b = engine.score(before, v);
    if (a.eligible && a.score >= STRONG_MATCH && !(b.eligible && b.score >= STRONG_MATCH)) gained += 1;
  }
  return gained;
}

describe('expected gain (re-scoring through the matching engine)', function () {
  this.timeout(120_000);
  let market: MarketEngine;
  let candidates: MarketCandidate[];
  const vacancySkills = new Map<string, string[]>();
  before(() => {
    const demo = readDemoMarket();
    candidates = demo.candidates;
    market = buildMarketEngine(demo.vacancies, loadReferenceData(), () => '2026-11-30');
    for (const v of demo.vacancies) vacancySkills.set(v.id, (v.skills ?? []).map((s) => s.uri));
  });

  it('when skills are added, then the gain equals a brute-force recount over the province', () => {
    let checked = 0;
    let positive = 0;
    for (const record of candidates.slice(0, 40)) {
      const profile = buildCandidateProfile(market.engine.context, record);
      const province = profile.place?.province;
      if (!province) continue;
      const best = market.engine.vacanciesForCandidate(profile, { top: 1, province })[0];
      const addSkills = best ? (vacancySkills.get(best.vacancyId) ?? []).slice(0, 4) : [];
      const gain = expectedGain(market.engine, profile, record, { addSkills }, province, '2026-11-30');
      expect(gain.gained, record.id).to.equal(bruteForceGain(market, record, { addSkills }, province));
      checked += 1;
      if (gain.gained > 0) positive += 1;
    }
    expect(checked).to.be.greaterThan(30);
    expect(positive).to.be.greaterThan(0);
  });

  it('when the Italian level rises, then the gain equals a brute-force recount too', () => {
    for (const record of candidates.filter((c) => c.languages?.some((l) => l.lang === 'it' && l.level === 'A1')).slice(0, 10)) {
      const profile = buildCandidateProfile(market.engine.context, record);
      const province = profile.place?.province;
      if (!province) continue;
      const gain = expectedGain(market.engine, profile, record, { italianLevel: 'B1' }, province, '2026-11-30');
      expect(gain.gained, record.id).to.equal(bruteForceGain(market, record, { italianLevel: 'B1' }, province));
    }
  });

  it('when nothing changes, then nothing is gained', () => {
    const record = candidates[0]!;
    const profile = buildCandidateProfile(market.engine.context, record);
    expect(expectedGain(market.engine, profile, record, { addSkills: [] }, profile.place?.province, '2026-11-30').gained).to.equal(0);
  });
});
