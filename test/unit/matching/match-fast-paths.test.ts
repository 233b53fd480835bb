import { expect } from 'chai';
import { defaultEligibilityRules } from '../../../src/modules/matching/eligibility-rules.js';
import { eligibilityReasons } from '../../../src/modules/matching/eligibility.js';
import { eligibilityGate } from '../../../src/modules/matching/eligibility-gate.js';
import type { CandidateProfile } from '../../../src/modules/matching/match-profile.types.js';
import { matchScoreValue, RestFit, scoreCandidateForVacancy } from '../../../src/modules/matching/match-scorer.js';
import { componentWeights } from '../../../src/modules/matching/scoring-weights.js';
import { emptyFitReasons, languageFit, locationFit, occupationFit, practicalFit } from '../../../src/modules/matching/fit-components.js';
import { pick } from '../../../src/platform/seeded-random.js';
import { randomCandidate, randomVacancy, seededRandom } from './random-profiles.js';

const rules = defaultEligibilityRules;

/** Authorisations beyond the random profiles': every permit reason of the rules, unknown ones and missing dates. */
function withAuthorisation(rnd: () => number, candidate: CandidateProfile): CandidateProfile {
  const permitReason = pick(rnd, [...Object.keys(rules.permitReasons), 'LAVOR', 'NEW', undefined]);
  const date = (): string | undefined => pick(rnd, ['2025-09-01', '2025-11-30', '2026-01-15', '2027-03-01', 'not a date', undefined]);
  const status = pick(rnd, ['eu-citizen', 'permit', 'asylum-applicant', 'pending', 'none', undefined] as const);
  return { ...candidate, authorisation: rnd() < 0.1 ? undefined : { status, permitReason, validUntil: date(), applicationDate: date() } };
}

describe('matching: the engine’s fast paths agree with the full scorer', () => {
  it('when random pairs are scored, then the quick score equals the full score and the rest holds its three components', () => {
    const rnd = seededRandom(21);
    // One RestFit reused over all pairs, as a query reuses it, so a value left from the previous pair would show.
    const fit = new RestFit();
    for (let i = 0; i < 3000; i++) {
      const candidate = randomCandidate(rnd, `c${i}`);
      const vacancy = randomVacancy(rnd, `v${i}`);
      const full = scoreCandidateForVacancy(candidate, vacancy, { rules, asOfDay: 20_420 });
      expect(matchScoreValue(candidate, vacancy, new RestFit().of(candidate, vacancy))).to.equal(full.score);
      expect(matchScoreValue(candidate, vacancy, fit.of(candidate, vacancy))).to.equal(full.score);
      for (const name of ['language', 'location', 'practical'] as const) expect(fit[name]).to.be.closeTo(full.components[name].value, 0.0005);
      const rest = (['language', 'location', 'practical'] as const).reduce((s, n) => s + componentWeights[n] * full.components[n].value, 0);
      expect(fit.share).to.be.closeTo(rest, 0.0006);
    }
  });

  it('when a component is asked for its reasons, then its value is the one it gives without them, and the reasons fit the pair', () => {
    const rnd = seededRandom(24);
    for (let i = 0; i < 2000; i++) {
      const candidate = randomCandidate(rnd, `c${i}`);
      const vacancy = randomVacancy(rnd, `v${i}`);
      const reasons = emptyFitReasons();
      for (const fit of [occupationFit, languageFit, locationFit, practicalFit]) expect(fit(candidate, vacancy, reasons)).to.equal(fit(candidate, vacancy));
      expect(reasons.occupationMatch === 'none').to.equal(occupationFit(candidate, vacancy) === 0);
      expect(reasons.languageGaps.map((g) => g.lang)).to.deep.equal(vacancy.languages.map((l) => l.lang));
      expect(reasons.distanceKm !== undefined).to.equal(!vacancy.remote && candidate.place !== undefined && vacancy.place !== undefined);
      expect(reasons.practicalIssues.length > 0).to.equal(practicalFit(candidate, vacancy) < 1);
    }
  });

  it('when random candidates with every kind of authorisation meet random vacancies, then the gate says eligible exactly when there is no reason', () => {
    const rnd = seededRandom(22);
    let eligible = 0;
    for (let i = 0; i < 400; i++) {
      const candidate = withAuthorisation(rnd, randomCandidate(rnd, `c${i}`));
      const asOfDay = pick(rnd, [20_380, 20_420, 20_500, 20_700]);
      const gate = eligibilityGate(candidate, rules, asOfDay);
      for (let j = 0; j < 30; j++) {
        const vacancy = randomVacancy(rnd, `v${j}`);
        const reasons = eligibilityReasons(candidate, vacancy, rules, asOfDay);
        expect(gate(vacancy), JSON.stringify({ auth: candidate.authorisation, asOfDay, reasons })).to.equal(reasons.length === 0);
        if (reasons.length === 0) eligible += 1;
      }
    }
    // Both outcomes occur often, so the agreement is not trivial.
    expect(eligible).to.be.within(1000, 11_000);
  });
});
