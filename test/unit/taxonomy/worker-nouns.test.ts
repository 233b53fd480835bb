import { expect } from 'chai';
import { markWorkerNouns, otherWorkerForm, withBothWorkerForms } from '../../../src/modules/taxonomy/text/worker-nouns.js';
import { analyse } from '../../../src/modules/taxonomy/text/analyzer.js';
import { LabelIndexBuilder } from '../../../src/modules/taxonomy/recognition/label-index.js';

const marked = (text: string): string[] => markWorkerNouns(analyse(text, 'en'));

describe('worker nouns', () => {
  it('when English words name a worker, then their stems are marked apart from the activity Porter stems alike', () => {
    expect(marked('software developer')).to.deep.equal(['softwar', 'develop~']);
    expect(marked('software development')).to.deep.equal(['softwar', 'develop']);
    expect(marked('retailers')).to.deep.equal(['retail~']);
    expect(marked('operator operations')).to.deep.equal(['oper~', 'oper']);
  });

  it('when the other form is asked for, then the mark is added or taken away', () => {
    expect(otherWorkerForm('develop~')).to.equal('develop');
    expect(otherWorkerForm('develop')).to.equal('develop~');
    expect(withBothWorkerForms(['a', 'b~'])).to.deep.equal(['a', 'b~', 'a~', 'b']);
  });

  it('when a query term is weighted, then it adds that share of its IDF to the labels holding it', () => {
    const builder = new LabelIndexBuilder();
    builder.add(0, ['develop', 'engin~']);
    builder.add(1, ['develop~']);
    const index = builder.build();
    const masses = (weights?: number[]): Map<number, number> => {
      const out = new Map<number, number>();
      index.scan(['develop~', 'develop'], (label, _concept, matched) => out.set(label, matched), weights);
      return out;
    };
    const full = masses();
    const weighted = masses([1, 0.5]);
    expect(weighted.get(1)).to.equal(full.get(1));
    expect(weighted.get(0)).to.be.closeTo(full.get(0)! * 0.5, 1e-12);
  });
});
