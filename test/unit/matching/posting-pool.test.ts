import { expect } from 'chai';
import { PostingPool } from '../../../src/modules/matching/posting-pool.js';
import { seededRandom } from '../../../src/platform/seeded-random.js';

describe('matching: posting pool (inverted lists in shared chunks)', () => {
  it('when lists of very different lengths grow interleaved past a segment, then each walks back exactly what was pushed', () => {
    const rnd = seededRandom(5);
    const pool = new PostingPool();
    const expected = new Map<number, { slot: number; weight: number }[]>();
    // 1.3 million entries cross the first 2^20-entry segment; list sizes run from 1 to ~200k.
    for (let i = 0; i < 1_300_000; i++) {
      const feature = Math.floor(Math.pow(rnd(), 3) * 5000);
      const entry = { slot: i % 70_000, weight: Math.fround(rnd()) };
      pool.push(feature, entry.slot, entry.weight);
      const list = expected.get(feature) ?? [];
      list.push(entry);
      expected.set(feature, list);
    }
    const acc = new Float64Array(70_000);
    const mark = new Uint8Array(70_000);
    const touched = new Int32Array(70_000);
    const wrong: string[] = [];
    for (const [feature, entries] of expected) {
      const max = entries.reduce((m, e) => Math.max(m, e.weight), 0);
      if (pool.lengthOf(feature) !== entries.length || pool.maxWeightOf(feature) !== max) wrong.push(`${feature}: length or max`);
      const count = pool.accumulate(feature, 2, acc, mark, touched, 0);
      const sums = new Map<number, number>();
      for (const e of entries) sums.set(e.slot, (sums.get(e.slot) ?? 0) + 2 * e.weight);
      if (count !== sums.size) wrong.push(`${feature}: ${count} slots touched, ${sums.size} expected`);
      for (const [slot, sum] of sums) if (Math.abs(acc[slot]! - sum) > 1e-9) wrong.push(`${feature}: slot ${slot}`);
      for (let i = 0; i < count; i++) [acc[touched[i]!], mark[touched[i]!]] = [0, 0];
    }
    expect(wrong).to.deep.equal([]);
    expect(expected.size).to.be.greaterThan(1000);
    expect(pool.lengthOf(999_999)).to.equal(0);
    expect(pool.accumulate(999_999, 1, acc, mark, touched, 0)).to.equal(0);
  });
});
