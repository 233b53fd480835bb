import { expect } from 'chai';
import { greedyWeightedCover } from '../../../src/modules/recommendations/set-cover.js';
import { courseInfeasibility, schedulesFit } from '../../../src/modules/recommendations/course-feasibility.js';
import type { Course } from '../../../src/modules/training/course.types.js';

describe('greedy weighted set cover', () => {
  const weights = new Map([['a', 5], ['b', 3], ['c', 1], ['d', 1]]);

  it('when one set covers the heaviest skills, then it is taken first and the cover stops at the target share', () => {
    const sets = [
      { item: 'small', elements: ['c'], cost: 1 },
      { item: 'big', elements: ['a', 'b'], cost: 1 },
      { item: 'rest', elements: ['c', 'd'], cost: 1 },
    ];
    const cover = greedyWeightedCover(weights, sets, { targetShare: 0.8, maxSets: 3 });
    expect(cover.chosen).to.deep.equal(['big']);
    expect(cover.coveredWeight).to.equal(8);
    expect(cover.totalWeight).to.equal(10);
  });

  it('when a set is cheaper per covered weight, then it wins over a larger but costlier one', () => {
    const sets = [{ item: 'long', elements: ['a', 'b'], cost: 4 }, { item: 'short', elements: ['a'], cost: 1 }];
    expect(greedyWeightedCover(weights, sets, { targetShare: 1, maxSets: 1 }).chosen).to.deep.equal(['short']);
  });

  it('when sets are incompatible with the ones chosen, then they are skipped', () => {
    const sets = [{ item: 'x', elements: ['a'], cost: 1 }, { item: 'y', elements: ['b'], cost: 1 }, { item: 'z', elements: ['b'], cost: 2 }];
    const cover = greedyWeightedCover(weights, sets, { targetShare: 1, maxSets: 3, compatible: (c, chosen) => !(c === 'y' && chosen.includes('x')) });
    expect(cover.chosen).to.deep.equal(['x', 'z']);
  });

  it('when nothing covers the gap, then the cover is empty', () => {
    expect(greedyWeightedCover(weights, [{ item: 'n', elements: ['zz'], cost: 1 }], { targetShare: 1, maxSets: 3 }).chosen).to.deep.equal([]);
  });
});

describe('course feasibility', () => {
  const course = (over: Partial<Course> = {}): Course => ({
    id: 'c', provider: 'p', title: 't', kind: 'vocational', skills: [], location: { online: false, comune: '001272' },
    place: { istat: '001272', lat: 45.07, lon: 7.69, province: 'TO' }, startDate: '2026-12-10', endDate: '2027-02-10', hours: 100,
    hoursPerWeek: 20, language: 'it', seats: 10, costEur: 0, funding: 'GOL', ...over,
  });
  const learner = { place: { lat: 45.1, lon: 7.7 }, mobilityKm: 15, languages: new Map([['it', 2]]) };

  it('when the course is near, open and in reach of the person, then nothing blocks it', () => {
    expect(courseInfeasibility(course(), learner, '2026-11-30')).to.deep.equal([]);
  });

  it('when the course is far, finished, above the Italian level or full, then each reason is named', () => {
    expect(courseInfeasibility(course({ place: { istat: 'x', lat: 44.4, lon: 7.55, province: 'CN' } }), learner, '2026-11-30')).to.deep.equal(['too-far']);
    expect(courseInfeasibility(course({ endDate: '2026-11-01', startDate: '2026-10-01' }), learner, '2026-11-30')).to.deep.equal(['finished']);
    expect(courseInfeasibility(course({ minItalianLevel: 'B1', seats: 0 }), learner, '2026-11-30')).to.deep.equal(['italian-level', 'no-seats']);
    expect(courseInfeasibility(course({ startDate: '2026-10-01' }), learner, '2026-11-30')).to.deep.equal(['already-started']);
  });

  it('when the course starts before the person is available or is taught in a language they lack, then it is not feasible', () => {
    expect(courseInfeasibility(course(), { ...learner, availableFrom: '2027-01-01' }, '2026-11-30')).to.deep.equal(['before-availability']);
    expect(courseInfeasibility(course({ language: 'fr', location: { online: true } }), learner, '2026-11-30')).to.deep.equal(['instruction-language']);
  });

  it('when two full-time courses overlap, then their schedules do not fit; part-time ones do', () => {
    expect(schedulesFit(course(), course())).to.equal(false);
    expect(schedulesFit(course({ hoursPerWeek: 9 }), course({ hoursPerWeek: 9 }))).to.equal(true);
    expect(schedulesFit(course(), course({ startDate: '2027-03-01', endDate: '2027-04-01' }))).to.equal(true);
  });
});
