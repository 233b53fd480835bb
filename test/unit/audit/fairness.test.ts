import { expect } from 'chai';
import { buildFairnessReport, distributionOf, type FairnessRecord } from '../../../src/modules/audit/fairness/fairness.report.js';
import { ageBand, nationalityGroup, protectionGroup } from '../../../src/modules/audit/fairness/protected-groups.js';

function people(n: number, gender: string, recommended: number, placed: number, score = 60): FairnessRecord[] {
  return Array.from({ length: n }, (_, i) => ({
    protected: { gender, nationality: 'MA', birthYear: 1990, protectionStatus: 'none' },
    score: score + i,
    recommended: i < recommended,
    placed: i < placed,
  }));
}

describe('fairness report', () => {
  const records = [...people(20, 'male', 10, 4), ...people(20, 'female', 6, 4), ...people(5, 'x', 5, 5)];
  const report = buildFairnessReport(records, { minGroupSize: 10, referenceYear: 2026, now: new Date('2026-11-30T00:00:00Z') });
  const gender = report.attributes.find((a) => a.attribute === 'gender')!;

  it('when one group is recommended at less than four fifths of the best rate, then it is flagged', () => {
    const female = gender.groups.find((g) => g.group === 'female')!;
    expect(female.recommendationRate).to.equal(0.3);
    expect(female.recommendationDisparity).to.equal(0.6);
    expect(female.flagged).to.equal(true);
    expect(gender.groups.find((g) => g.group === 'male')!.flagged).to.equal(false);
  });

  it('when a group is smaller than k, then it is not named and only counted as suppressed', () => {
    expect(gender.groups.map((g) => g.group)).to.deep.equal(['female', 'male']);
    expect(gender.suppressedCandidates).to.equal(5);
  });

  it('when placement rates are equal, then the placement disparity is 1', () => {
    expect(gender.groups.map((g) => g.placementDisparity)).to.deep.equal([1, 1]);
  });

  it('when scores are given, then the distribution shows mean and quartiles', () => {
    expect(distributionOf([10, 20, 30, 40, 50])).to.deep.equal({ mean: 30, p25: 20, median: 30, p75: 40 });
    expect(gender.groups[0]!.scores!.median).to.equal(69.5);
  });

  it('when every attribute is reported, then nationality, gender, protection and age band are there', () => {
    expect(report.attributes.map((a) => a.attribute)).to.deep.equal(['nationalityGroup', 'gender', 'protectionStatus', 'ageBand']);
    expect(report.attributes[0]!.groups[0]).to.include({ group: 'north-africa', n: 45 });
  });

  it('when protected attributes are grouped, then the groups are coarse', () => {
    expect([nationalityGroup('RO'), nationalityGroup('IT'), nationalityGroup('SN'), nationalityGroup(undefined)]).to.deep.equal(['eu', 'italy', 'sub-saharan-africa', 'unknown']);
    expect([ageBand(2003, 2026), ageBand(1960, 2026)]).to.deep.equal(['under-25', '55-plus']);
    expect([protectionGroup('refugee'), protectionGroup('none'), protectionGroup('asylum-applicant')]).to.deep.equal(['protection-holder', 'none', 'asylum-applicant']);
  });
});
