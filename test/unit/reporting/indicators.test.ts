import { expect } from 'chai';
import { computeIndicators } from '../../../src/modules/reporting/indicators.js';
import type { IndicatorRow } from '../../../src/modules/reporting/indicator.types.js';
import { O1, regionInput } from './indicator-fixture.js';

const valueOf = (rows: IndicatorRow[], indicator: string, breakdown: string, category: string): number | null | undefined =>
  rows.find((r) => r.indicator === indicator && r.breakdown === breakdown && r.category === category)?.value;

describe('reporting indicators (hand-computed fixture)', () => {
  const rows = computeIndicators(regionInput(1));
  const v = (indicator: string, breakdown: string, category: string) => valueOf(rows, indicator, breakdown, category);

  it('when people received services in the period, then engaged counts cover only the unit and the period', () => {
    expect(v('candidates-engaged', 'total', 'all')).to.equal(4);
    expect(v('candidates-engaged', 'unit', '001')).to.equal(3);
    expect(v('candidates-engaged', 'unit', '004')).to.equal(1);
  });

  it('when counting vulnerable groups, then women, 15–29 at the period start and international protection are counted', () => {
    expect(v('candidates-engaged', 'group', 'women')).to.equal(3);
    expect(v('candidates-engaged', 'group', 'age-15-29')).to.equal(2);
    expect(v('candidates-engaged', 'group', 'international-protection')).to.equal(2);
  });

  it('when services overlap the period, then they count by type, funding line and unit', () => {
    expect(v('interventions', 'total', 'all')).to.equal(10);
    expect(v('interventions', 'type', 'reception-orientation')).to.equal(2);
    expect(v('interventions', 'type', 'placement')).to.equal(2);
    expect(v('interventions', 'type', 'traineeship')).to.equal(0);
    expect(v('interventions', 'funding-line', 'fami-prima')).to.equal(3);
    expect(v('interventions', 'funding-line', 'gol')).to.equal(3);
    expect(v('interventions', 'funding-line', 'other')).to.equal(1);
    expect(v('interventions', 'type-funding', 'italian-course/fami-prima')).to.equal(1);
    expect(v('interventions', 'unit', '001')).to.equal(9);
  });

  it('when placements started in the period, then contract type, occupation (ESCO + CP2011), ATECO and ISTAT codes are given', () => {
    expect(v('placements', 'total', 'all')).to.equal(2);
    expect(v('placements', 'contract-type', 'permanent')).to.equal(1);
    expect(v('placements', 'contract-type', 'fixed-term')).to.equal(1);
    const occupation = rows.find((r) => r.indicator === 'placements' && r.breakdown === 'occupation' && r.category === O1);
    expect(occupation?.codes).to.deep.equal({ esco: O1, cp2011: '5.3.1.1.0' });
    expect(rows.find((r) => r.breakdown === 'sector' && r.category === '87.30.00')?.codes).to.deep.equal({ ateco: '87.30.00' });
    expect(rows.find((r) => r.breakdown === 'comune' && r.category === '001156')?.codes).to.deep.equal({ istat: '001156' });
  });

  it('when measuring time to services, then median and p75 are nearest-rank days from registration', () => {
    expect(v('days-to-first-intervention', 'days', 'candidates')).to.equal(4);
    expect(v('days-to-first-intervention', 'days', 'median')).to.equal(10);
    expect(v('days-to-first-intervention', 'days', 'p75')).to.equal(14);
    expect(v('days-to-placement', 'days', 'median')).to.equal(121);
    expect(v('days-to-placement', 'days', 'p75')).to.equal(134);
  });

  it('when skills were validated then certified, then each person-skill counts once at its highest level', () => {
    expect(v('competences-validated', 'total', 'all')).to.equal(2);
    expect(v('competences-validated', 'level', 'validated')).to.equal(1);
    expect(v('competences-validated', 'level', 'certified')).to.equal(1);
    expect(v('qualifications-recognised', 'total', 'all')).to.equal(1);
  });

  it('when reporting on one centre, then only its people and services count and there is no unit breakdown', () => {
    const centre = computeIndicators({ ...regionInput(1), centreIds: new Set(['c3']), childOf: new Map() });
    expect(valueOf(centre, 'candidates-engaged', 'total', 'all')).to.equal(1);
    expect(valueOf(centre, 'interventions', 'total', 'all')).to.equal(1);
    expect(centre.some((r) => r.breakdown === 'unit')).to.equal(false);
  });
});

describe('reporting indicators with small-count suppression', () => {
  const rows = computeIndicators(regionInput(3));
  const find = (indicator: string, breakdown: string, category: string) => rows.find((r) => r.indicator === indicator && r.breakdown === breakdown && r.category === category);

  it('when a unit has fewer people than the threshold, then it is hidden and so is its sibling, since the total is shown', () => {
    expect(find('candidates-engaged', 'total', 'all')?.value).to.equal(4);
    expect(find('candidates-engaged', 'unit', '004')).to.include({ value: null, suppressed: 'primary' });
    expect(find('candidates-engaged', 'unit', '001')).to.include({ value: null, suppressed: 'secondary' });
  });

  it('when a group or its complement within the total is small, then the group is hidden', () => {
    expect(find('candidates-engaged', 'group', 'women')).to.include({ value: null, suppressed: 'complement' });
    expect(find('candidates-engaged', 'group', 'age-15-29')).to.include({ value: null, suppressed: 'primary' });
  });

  it('when statistics rest on fewer people than the threshold, then median and p75 are hidden too', () => {
    expect(find('days-to-placement', 'days', 'median')).to.include({ value: null, suppressed: 'primary' });
    expect(find('days-to-first-intervention', 'days', 'median')?.value).to.equal(10);
  });

  it('when no published relation has exactly one hidden cell, then no hidden cell can be recomputed', () => {
    const hidden = rows.filter((r) => r.indicator === 'interventions' && r.value === null);
    expect(hidden.length).to.be.greaterThan(0);
    for (const type of ['placement', 'reception-orientation']) {
      const line = rows.filter((r) => r.breakdown === 'type-funding' && r.category.startsWith(`${type}/`));
      const typeCell = find('interventions', 'type', type);
      const hiddenInLine = [...line, typeCell].filter((r) => r?.value === null).length;
      expect(hiddenInLine === 0 || hiddenInLine >= 2, `${type}: ${hiddenInLine}`).to.equal(true);
    }
  });
});
