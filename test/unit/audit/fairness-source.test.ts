import { expect } from 'chai';
import { createFairnessSource } from '../../../src/modules/audit/fairness/fairness.source.js';

describe('fairness source', () => {
  it('when candidates, scores and decisions are joined, then each candidate gets one record with its outcomes', async () => {
    const source = createFairnessSource({
      candidates: async function* () {
        yield { id: 'a', protected: { gender: 'female' } };
        yield { id: 'b' };
        yield { id: 'c', protected: { gender: 'male' } };
      },
      bestScoreOf: async (id) => (id === 'b' ? undefined : 70),
      decisions: async () => [
        { candidateId: 'a', status: 'proposed' },
        { candidateId: 'a', status: 'hired' },
        { candidateId: 'c', status: 'rejected' },
      ],
    });
    expect(await source()).to.deep.equal([
      { protected: { gender: 'female' }, recommended: true, placed: true, score: 70 },
      { protected: {}, recommended: false, placed: false },
      { protected: { gender: 'male' }, recommended: false, placed: false, score: 70 },
    ]);
  });
});
