import { expect } from 'chai';
import { TitleSpelling } from '../../../src/modules/taxonomy/recognition/title-spelling.js';
import { loadRecognizer } from '../../../src/modules/taxonomy/taxonomy.recognizer.js';

const vocabulary: Record<string, number> = { assistant: 40, technician: 12, associate: 9, marketing: 30, market: 5, cleaner: 8, clearer: 3, coordinator: 6, rare: 1 };
const spelling = (): TitleSpelling => {
  const words = Object.keys(vocabulary);
  return new TitleSpelling({ words, counts: Uint32Array.from(words, (w) => vocabulary[w]!) });
};

describe('title spelling', function () {
  this.timeout(180_000);

  it('when a title word is one edit from a known word, then it is replaced by the most frequent one', () => {
    const s = spelling();
    expect(s.correct('Sales Assisstant')).to.equal('Sales assistant');
    expect(s.correct('technicion')).to.equal('technician');
    expect(s.correct('Coordiantor Exec')).to.equal('coordinator Exec');
    // Porter already stems "marketting" as "marketing": nothing to correct.
    expect(s.correct('Marketting')).to.equal('Marketting');
    // "cleanner" is one edit from "cleaner" (8) only; "clearer" is two away.
    expect(s.correct('cleanner')).to.equal('cleaner');
  });

  it('when a word is known as written or through its stem, short, or has no frequent neighbour, then it stays', () => {
    const s = spelling();
    expect(s.correct('Associates')).to.equal('Associates');
    expect(s.correct('Pekerja Am')).to.equal('Pekerja Am');
    expect(s.correct('rares')).to.equal('rares');
    expect(s.correct('Asst')).to.equal('Asst');
  });

  it('when an English title is misspelt, then the classifier ranks it like the correct title', () => {
    const recognizer = loadRecognizer();
    const correct = recognizer.classifyOccupation('Kitchen Assistant', { lang: 'en', top: 3 });
    expect(recognizer.classifyOccupation('Kitchen Assisstant', { lang: 'en', top: 3 }).map((o) => o.uri)).to.deep.equal(correct.map((o) => o.uri));
    expect(recognizer.classifyOccupation('Forklif Driver', { lang: 'en', top: 1 })[0]?.label).to.equal('forklift operator');
  });
});
