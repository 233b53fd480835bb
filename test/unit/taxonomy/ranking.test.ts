import { expect } from 'chai';
import { insertTopK } from '../../../src/modules/taxonomy/recognition/ranking.js';

const higher = (a: { score: number }, b: { score: number }): boolean => a.score > b.score;

describe('top-k selection', () => {
  it('when entries stream in, then the k best are kept best first, as a stable sort would give them', () => {
    const entries = [5, 1, 9, 5, 7, 9, 2, 5, 8, 0].map((score, id) => ({ id, score }));
    const best: { id: number; score: number }[] = [];
    for (const entry of entries) insertTopK(best, entry, 4, higher);
    const sorted = [...entries].sort((a, b) => b.score - a.score).slice(0, 4);
    expect(best).to.deep.equal(sorted);
    expect(best.map((e) => e.id)).to.deep.equal([2, 5, 8, 4]);
  });

  it('when an entry ties the last one kept, then the earlier one stays', () => {
    const best: { id: number; score: number }[] = [];
    for (const entry of [{ id: 0, score: 3 }, { id: 1, score: 2 }, { id: 2, score: 2 }]) insertTopK(best, entry, 2, higher);
    expect(best.map((e) => e.id)).to.deep.equal([0, 1]);
  });

  it('when fewer entries than k arrive, or k is not positive, then all of them or none are kept', () => {
    const few: { score: number }[] = [];
    [1, 3, 2].forEach((score) => insertTopK(few, { score }, 10, higher));
    expect(few.map((e) => e.score)).to.deep.equal([3, 2, 1]);
    const none: { score: number }[] = [];
    [1, 3].forEach((score) => insertTopK(none, { score }, 0, higher));
    expect(none).to.deep.equal([]);
  });
});
