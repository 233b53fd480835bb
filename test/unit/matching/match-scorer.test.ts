import { expect } from 'chai';
import { buildCandidateProfile } from '../../../src/modules/matching/candidate-profile.builder.js';
import { defaultEligibilityRules } from '../../../src/modules/matching/eligibility-rules.js';
import { toEpochDay } from '../../../src/modules/matching/match-profile.types.js';
import { scoreCandidateForVacancy } from '../../../src/modules/matching/match-scorer.js';
import { componentWeights } from '../../../src/modules/matching/scoring-weights.js';
import { buildVacancyProfile } from '../../../src/modules/matching/vacancy-profile.builder.js';
import { candidateRecord, occupationUri, realMatchContext, vacancyRecord } from './matching-fixtures.js';
import type { CandidateRecord as MatchCandidateInput } from '../../../src/modules/candidates/candidate.schema.js';
import type { VacancyRecord as MatchVacancyInput } from '../../../src/modules/vacancies/vacancy.schema.js';

const options = { rules: defaultEligibilityRules, asOfDay: toEpochDay('2026-11-30')! };

function score(candidate: Partial<MatchCandidateInput>, vacancy: Partial<MatchVacancyInput> = {}) {
  const context = realMatchContext();
  return scoreCandidateForVacancy(
    buildCandidateProfile(context, candidateRecord(candidate)),
    buildVacancyProfile(context, vacancyRecord(vacancy)),
    options,
  );
}

describe('matching scorer', function () {
  this.timeout(120_000);
  before(() => realMatchContext());

  it('when weights are read, then they add up to one', () => {
    const sum = Object.values(componentWeights).reduce((a, b) => a + b, 0);
    expect(sum).to.be.closeTo(1, 1e-9);
  });

  it('when the same occupation is compared with its unit group and minor group, then the score falls in that order', () => {
    const vacancy = { occupation: occupationUri('bus driver'), skills: [] };
    const exp = (label: string) => ({ experiences: [{ title: label, occupation: occupationUri(label) }], summary: '' });
    const same = score(exp('bus driver'), vacancy).components.occupation.value;
    const unit = score(exp('tram driver'), vacancy).components.occupation.value;
    const minor = score(exp('moving truck driver'), vacancy).components.occupation.value;
    expect(same).to.equal(1);
    expect(unit).to.be.lessThan(same).and.greaterThan(minor);
    expect(minor).to.be.greaterThan(0);
  });

  it('when a stated skill has stronger evidence, then the skills component rises', () => {
    const skill = 'http://data.europa.eu/esco/skill/0ff99f51-40d9-42f1-a1ec-377b2bb5e15f';
    const vacancy = { skills: [{ uri: skill, essential: true }] };
    const values = (['self-declared', 'assessed', 'validated', 'certified'] as const).map(
      (evidence) => score({ experiences: [], summary: '', skills: [{ uri: skill, evidence }] }, vacancy).components.skills.value,
    );
    expect(values).to.deep.equal([...values].sort((a, b) => a - b));
    expect(new Set(values).size).to.equal(4);
  });

  it('when Italian is one level short, then the language gap is named and the value is graded', () => {
    const short = score({ languages: [{ lang: 'it', level: 'A2' }] });
    const far = score({ languages: [{ lang: 'it', level: 'A1' }] });
    expect(short.languageGaps).to.deep.equal([{ lang: 'it', required: 'B1', candidate: 'A2', gap: 1 }]);
    expect(short.components.language.value).to.be.greaterThan(far.components.language.value);
    expect(far.components.language.value).to.be.greaterThan(0);
  });

  it('when the vacancy is beyond the mobility radius, then location drops; when remote, it is full', () => {
    const rome = { location: { comune: 'Roma', lat: 41.9, lon: 12.5 } };
    expect(score({}, rome).components.location.value).to.equal(0);
    expect(score({}, rome).distanceKm).to.be.greaterThan(400);
    expect(score({}, { location: { remote: true } }).components.location.value).to.equal(1);
  });

  it('when an asylum applicant applied less than 60 days before the vacancy closes, then the pair is ineligible', () => {
    const applied = (date: string) => ({ workAuthorisation: { status: 'asylum-applicant' as const, applicationDate: date } });
    expect(score(applied('2026-12-15')).ineligibleReasons).to.deep.equal(['waiting-period-after-application']);
    expect(score(applied('2026-10-01')).eligible).to.equal(true);
  });

  it('when the permit has expired, the status is none or a study permit meets 40 hours, then the reason is given', () => {
    const permit = (reason: string, validUntil: string) => ({ workAuthorisation: { status: 'permit' as const, permitReason: reason, validUntil } });
    expect(score(permit('LAVOR', '2026-10-01')).ineligibleReasons).to.deep.equal(['permit-expires-before-start']);
    expect(score({ workAuthorisation: { status: 'none' } }).ineligibleReasons).to.deep.equal(['not-authorised']);
    expect(score(permit('STUDI', '2027-12-31')).ineligibleReasons).to.deep.equal(['permit-hours-limit']);
    expect(score(permit('STUDI', '2027-12-31'), { contract: { hoursPerWeek: 20 } }).eligible).to.equal(true);
  });

  it('when the vacancy has expired or is closed, then it is not eligible for anyone', () => {
    expect(score({}, { validThrough: '2026-11-01' }).ineligibleReasons).to.deep.equal(['vacancy-expired']);
  });

  it('when the same pair is scored twice, then the result is identical', () => {
    expect(score({})).to.deep.equal(score({}));
  });
});
