import { expect } from 'chai';
import { ScoreBoard } from '../../../src/modules/taxonomy/recognition/score-board.js';
import { SkillHits } from '../../../src/modules/taxonomy/recognition/skill-hits.js';

describe('score board', () => {
  it('when a board is cleared, then earlier keys are gone and adding to them starts from zero', () => {
    const board = new ScoreBoard(10);
    board.add(3, 0.5);
    board.keepMax(7, 0.2);
    board.clear();
    expect(board.has(3)).to.equal(false);
    expect(board.get(3)).to.equal(0);
    expect(board.size).to.equal(0);
    board.add(3, 0.25);
    board.add(3, 0.25);
    board.keepMax(5, 0.1);
    expect([...board.keys()]).to.deep.equal([3, 5]);
    expect(board.get(3)).to.equal(0.5);
    expect(board.top(5)).to.deep.equal([[3, 0.5], [5, 0.1]]);
  });

  it('when BM25 evidence is added in one loop, then found skills keep their label and new ones get none', () => {
    const hits = new SkillHits(10);
    hits.offerLabel(2, 0.9, 41, 'it');
    const raw = new ScoreBoard(10);
    raw.set(2, 4);
    raw.set(6, 2);
    hits.addScaledEvidence(raw, 0.5, 4, 'en');
    expect([hits.score(2), hits.label(2), hits.lang(2)]).to.deep.equal([0.9 + 0.5, 41, 'it']);
    expect([hits.score(6), hits.label(6), hits.lang(6)]).to.deep.equal([0.25, undefined, 'en']);
    hits.clear();
    hits.addEvidence(2, 1, 0.3, 'fr');
    expect([hits.score(2), hits.label(2), hits.lang(2)]).to.deep.equal([0.3, undefined, 'fr']);
  });
});
