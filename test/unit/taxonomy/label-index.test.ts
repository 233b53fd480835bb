import { expect } from 'chai';
import { LabelIndexBuilder } from '../../../src/modules/taxonomy/recognition/label-index.js';

describe('label index', () => {
  it('when a title repeats a word, then its query mass counts the word once, and a word no label holds weighs as much as the rarest', () => {
    const builder = new LabelIndexBuilder();
    builder.add(0, ['cuoc', 'capo']);
    builder.add(1, ['cuoc']);
    builder.add(2, ['camer']);
    const index = builder.build();
    const mass = index.queryMass(['cuoc', 'capo', 'cuoc', 'pizz', 'pizz']);
    expect(mass).to.equal(index.idf('cuoc') + index.idf('capo') + index.idf('pizz'));
    expect(index.idf('pizz')).to.equal(Math.log(1 + 3));
    expect(index.idf('pizz')).to.equal(index.idf('capo')).and.to.be.above(index.idf('cuoc'));
    expect(index.queryMass([])).to.equal(0);
  });
});
