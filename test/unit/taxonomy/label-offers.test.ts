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
      index.gatherMultiTerm(stems);
      offerPlainLabelMatches(index, 'en', grouped);
      expect(bestLabels(grouped, concepts), stems.join(' ')).to.deep.equal(bestLabels(scanned, concepts));
      expect([...grouped.board.keys()].sort((a, b) => a - b)).to.deep.equal([...scanned.board.keys()].sort((a, b) => a - b));
    }
  });

  it('when the commonest query term is left unwalked, then gatherMultiTerm lists the labels of a full gather holding several query terms, with the same mass', () => {
    const rnd = seededRandom(13);
    // More words than the 32 frequent terms an index marks per label, so queries mix frequent and rare terms.
    const words = Array.from({ length: 60 }, (_, i) => `w${i}`);
    const builder = new LabelIndexBuilder();
    for (let label = 0; label < 2000; label += 1) {
      const terms = sample(rnd, words.slice(0, 5 + Math.floor(rnd() * 55)), 1 + Math.floor(rnd() * 4));
      builder.add(label % 500, terms);
    }
    const index = builder.build();
    for (let query = 0; query < 300; query += 1) {
      const stems = sample(rnd, words, 2 + Math.floor(rnd() * 8));
      const full = new Map<number, [number, number]>();
      for (let i = 0; i < index.gather(stems); i += 1) {
        const label = index.touchedLabel(i);
        const held = index.labelTerms(label).filter((t) => stems.includes(t)).length;
        if (held >= 2) full.set(label, [held - 1, index.matchedOf(label)]);
      }
      const multi = new Map<number, [number, number]>();
      for (let i = 0; i < index.gatherMultiTerm(stems); i += 1) {
        const label = index.touchedLabel(i);
        multi.set(label, [(multi.get(label)?.[0] ?? 0) + 1, index.matchedOf(label)]);
      }
      expect(new Map([...multi].sort(([a], [b]) => a - b)), stems.join(' ')).to.deep.equal(new Map([...full].sort(([a], [b]) => a - b)));
    }
  });

  it('when whole labels are asked for, then scanWhole visits exactly the fully covered labels of a scan, in its order and with its mass', () => {
    const rnd = seededRandom(11);
    const index = randomIndex(rnd, 300);
    for (let query = 0; query < 200; query += 1) {
      const stems = sample(rnd, [...vocabulary, 'unknown'], 1 + Math.floor(rnd() * 6));
      const scanned: [number, number, number][] = [];
      index.scan(stems, (label, concept, matched, coverage) => coverage >= 0.999 && scanned.push([label, concept, matched]));
      const whole: [number, number, number][] = [];
      index.scanWhole(stems, (label, concept, matched) => whole.push([label, concept, matched]));
      expect(whole, stems.join(' ')).to.deep.equal(scanned);
    }
  });

  it('when a label misses one of its terms, then scanWhole leaves it out', () => {
    const builder = new LabelIndexBuilder();
    builder.add(0, ['wine', 'serv']);
    builder.add(1, ['wine', 'tabl', 'clean']);
    builder.add(2, ['serv']);
    const covered: number[] = [];
    builder.build().scanWhole(['serv', 'wine', 'tabl'], (_label, concept) => covered.push(concept));
    expect(covered).to.deep.equal([0, 2]);
  });
});
