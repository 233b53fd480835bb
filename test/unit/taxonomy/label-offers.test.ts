import { expect } from 'chai';
import { LabelIndexBuilder, type LabelIndex } from '../../../src/modules/taxonomy/recognition/label-index.js';
import { offerPlainLabelMatches, offerShapedLabelMatches } from '../../../src/modules/taxonomy/recognition/label-offers.js';
import { SkillHits } from '../../../src/modules/taxonomy/recognition/skill-hits.js';
import { pick, sample, seededRandom } from '../../../src/platform/seeded-random.js';

const vocabulary = ['work', 'manag', 'use', 'food', 'safeti', 'forklift', 'java', 'sql', 'clean', 'tabl', 'serv', 'wine'];

/** Many labels over few words, a common word in most of them, several labels per concept, and exact duplicates (ties). */
function randomIndex(rnd: () => number, concepts: number): LabelIndex {
  const builder = new LabelIndexBuilder();
  for (let concept = 0; concept < concepts; concept += 1) {
    const labelCount = 1 + Math.floor(rnd() * 4);
    for (let l = 0; l < labelCount; l += 1) {
      const terms = sample(rnd, vocabulary, 1 + Math.floor(rnd() * 3));
      if (rnd() < 0.5) terms.push('work');
      const weight = pick(rnd, [1, 0.95, 0.8]);
      builder.add(concept, terms, weight);
      if (rnd() < 0.2) builder.add(concept, [...terms].reverse(), weight);
    }
  }
  return builder.build();
}

function bestLabels(hits: SkillHits, concepts: number): [number, number, number | undefined][] {
  return Array.from({ length: concepts }, (_, c) => [c, hits.score(c), hits.label(c)]);
}

describe('label offers', () => {
  it('when labels are offered per concept for single terms, then every skill gets the score and label of a full scan', () => {
    const rnd = seededRandom(7);
    const concepts = 300;
    const index = randomIndex(rnd, concepts);
    const scanned = new SkillHits(concepts);
    const grouped = new SkillHits(concepts);
    for (let query = 0; query < 200; query += 1) {
      const stems = sample(rnd, [...vocabulary, 'unknown'], 1 + Math.floor(rnd() * 6));
      if (rnd() < 0.3) stems.push(stems[0]!);
      scanned.clear();
      grouped.clear();
      index.gather(stems);
      offerShapedLabelMatches(index, { coveragePower: 1, massPower: 0 }, 'en', scanned);
      offerPlainLabelMatches(index, 'en', grouped);
      expect(bestLabels(grouped, concepts), stems.join(' ')).to.deep.equal(bestLabels(scanned, concepts));
      expect([...grouped.board.keys()].sort((a, b) => a - b)).to.deep.equal([...scanned.board.keys()].sort((a, b) => a - b));
    }
  });

  it('when a label holds every query term, then scanCovered visits it and skips partly matched ones', () => {
    const builder = new LabelIndexBuilder();
    builder.add(0, ['wine', 'serv']);
    builder.add(1, ['wine', 'tabl', 'clean']);
    builder.add(2, ['serv']);
    const index = builder.build();
    const covered: number[] = [];
    index.scanCovered(['serv', 'wine', 'food'], 0.999, (_label, concept) => covered.push(concept));
    expect(covered).to.deep.equal([0, 2]);
  });
});
