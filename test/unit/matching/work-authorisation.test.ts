import { expect } from 'chai';
import { defaultEligibilityRules as rules, type EligibilityRules } from '../../../src/modules/matching/eligibility-rules.js';
import { candidateBlockedEverywhere, eligibilityReasons } from '../../../src/modules/matching/eligibility.js';
import { toEpochDay, type CandidateProfile } from '../../../src/modules/matching/match-profile.types.js';
import { FOREVER, resolveAuthorisation } from '../../../src/modules/matching/work-authorisation.js';
import { randomCandidate, randomVacancy, seededRandom } from './random-profiles.js';

const withAuth = (authorisation: CandidateProfile['authorisation']): CandidateProfile =>
  ({ ...randomCandidate(seededRandom(1), 'c'), authorisation });
const day = (iso: string): number => toEpochDay(iso)!;

describe('matching: work authorisation read once through the rules', () => {
  it('when an asylum applicant applied, then work may start after the waiting days and has no end', () => {
    const auth = resolveAuthorisation(withAuth({ status: 'asylum-applicant', applicationDate: '2026-10-01' }), rules);
    expect(auth).to.deep.equal({ recorded: true, refused: undefined, workFrom: day('2026-10-01') + 60, workUntil: FOREVER, permit: undefined });
  });

  it('when a permit has an expiry and a reason the rules do not list, then it ends that day under the default permit', () => {
    const auth = resolveAuthorisation(withAuth({ status: 'permit', permitReason: 'NEW', validUntil: '2027-03-01' }), rules);
    expect(auth).to.deep.equal({ recorded: true, refused: undefined, workFrom: -FOREVER, workUntil: day('2027-03-01'), permit: rules.defaultPermitReason });
  });

  it('when a required date is missing or malformed, or the status forbids work, then the refusal says which', () => {
    const refusal = (authorisation: CandidateProfile['authorisation']) => {
      const auth = resolveAuthorisation(withAuth(authorisation), rules);
      return auth.recorded ? auth.refused : 'unrecorded';
    };
    expect(refusal({ status: 'permit', permitReason: 'STUDI', validUntil: 'not a date' })).to.equal('permit-validity-missing');
    expect(refusal({ status: 'pending' })).to.equal('application-date-missing');
    expect(refusal({ status: 'none' })).to.equal('not-authorised');
    expect(refusal(undefined)).to.equal('unrecorded');
  });

  it('when no status is recorded, then the rules’ default decides alone', () => {
    const strict: EligibilityRules = { ...rules, missingAuthorisation: { eligible: false } };
    const vacancy = { ...randomVacancy(seededRandom(2), 'v'), open: true, validThroughDay: undefined };
    expect(eligibilityReasons(withAuth(undefined), vacancy, rules, day('2026-12-01'))).to.deep.equal([]);
    expect(eligibilityReasons(withAuth(undefined), vacancy, strict, day('2026-12-01'))).to.deep.equal(['not-authorised']);
    expect(candidateBlockedEverywhere(withAuth(undefined), strict, day('2026-12-01'))).to.equal(true);
  });

  it('when a candidate is blocked everywhere, then no random vacancy is eligible for them', () => {
    const rnd = seededRandom(23);
    let blocked = 0;
    for (let i = 0; i < 600; i++) {
      const candidate = randomCandidate(rnd, `c${i}`);
      const asOfDay = [20_380, 20_420, 20_500, 20_700][i % 4]!;
      if (!candidateBlockedEverywhere(candidate, rules, asOfDay)) continue;
      blocked += 1;
      for (let j = 0; j < 20; j++) expect(eligibilityReasons(candidate, randomVacancy(rnd, `v${j}`), rules, asOfDay)).to.have.length.above(0);
    }
    expect(blocked).to.be.within(50, 500);
  });
});
