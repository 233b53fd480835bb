import { expect } from 'chai';
import { textTerms } from '../../../src/modules/matching/profile-features.js';
import { dot } from '../../../src/modules/matching/sparse-vector.js';
import { realMatchContext } from './matching-fixtures.js';

describe('matching: term vectors of profile texts', function () {
  this.timeout(120_000);

  it('when the same texts come again, then the one vector is shared; other texts or another language get their own', () => {
    const context = realMatchContext();
    const texts = ['Cuoco', 'Cuoco', 'Ristorante cerca cuoco per la linea calda.'];
    const first = textTerms(context, texts, 'it');
    expect(textTerms(context, [...texts], 'it')).to.equal(first);
    expect(dot(first, first)).to.be.closeTo(1, 1e-12);
    const other = textTerms(context, ['Cuoco', 'Ristorante cerca cuoco per la linea calda.'], 'it');
    expect(other).to.not.equal(first);
    expect(dot(first, other)).to.be.within(0.5, 1 - 1e-6);
    // The same words split into other texts weigh differently (1 + ln tf per text), so the split is part of the key.
    const merged = textTerms(context, ['Cuoco Cuoco', 'Ristorante cerca cuoco per la linea calda.'], 'it');
    expect(merged).to.not.equal(first);
    expect(Array.from(merged.weights)).to.not.deep.equal(Array.from(first.weights));
    expect(textTerms(context, texts, 'en')).to.not.equal(first);
  });
});
