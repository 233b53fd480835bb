import { expect } from 'chai';
import { percentile, percentileOfSorted } from '../../../src/modules/reporting/statistics.js';
import { seededRandom } from '../../../src/platform/seeded-random.js';

describe('reporting statistics: nearest-rank percentiles', () => {
  it('when asked for percentiles of an unsorted list, then each is the nearest-rank value and the list is left as it was', () => {
    const values = [40, 10, 30, 20, 50, 60, 70, 80, 90, 100];
    const copy = [...values];
    expect([0, 5, 10, 11, 50, 90, 91, 100].map((p) => percentile(values, p))).to.deep.equal([10, 10, 10, 20, 50, 90, 100, 100]);
    expect(values).to.deep.equal(copy);
    expect(percentile([], 50)).to.equal(undefined);
    expect(percentileOfSorted([], 50)).to.equal(undefined);
  });

  it('when the same numbers are given sorted, then percentileOfSorted answers what percentile answers for every p', () => {
    const next = seededRandom(5);
    for (let n = 1; n <= 40; n++) {
      const values = Array.from({ length: n }, () => Math.floor(next() * 20) - 5);
      const sorted = [...values].sort((a, b) => a - b);
      for (let p = 0; p <= 100; p += 2.5) expect(percentileOfSorted(sorted, p), `n ${n} p ${p}`).to.equal(percentile(values, p));
    }
  });
});
