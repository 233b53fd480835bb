import { expect } from 'chai';
import { tokenize } from '../../../src/modules/taxonomy/text/tokenizer.js';
import { AnalysedText, analyse, ngrams } from '../../../src/modules/taxonomy/text/analyzer.js';
import { foldText } from '../../../src/modules/taxonomy/text/text-fold.js';
import { stem } from '../../../src/modules/taxonomy/text/stemmer.js';

describe('text analysis', () => {
  it('when Italian text has accents and elisions, then tokens keep their letters and offsets', () => {
    const text = "Perché l'attività è già iniziata";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).to.deep.equal(['perche', 'l', 'attivita', 'e', 'gia', 'iniziata']);
    expect(text.slice(tokens[2]!.start, tokens[2]!.end)).to.equal('attività');
  });

  it('when programming languages are named, then C++ and C# survive tokenisation', () => {
    expect(tokenize('Java, C++ e C#').map((t) => t.text)).to.deep.equal(['java', 'c++', 'e', 'c#']);
  });

  it('when Arabic text has diacritics and alef variants, then it is normalised', () => {
    expect(foldText('إدارة')).to.equal('اداره');
    expect(tokenize('عامل النظافة').map((t) => t.text)).to.deep.equal(['عامل', 'النظافه']);
  });

  it('when text is analysed, then stopwords go and words are stemmed in their language', () => {
    expect(analyse('pulizia delle camere', 'it').map((t) => t.term)).to.deep.equal(['puliz', 'cam']);
    expect(analyse('the cleaning of rooms', 'en').map((t) => t.term)).to.deep.equal(['clean', 'room']);
    expect(analyse('nettoyage des chambres', 'fr').map((t) => t.term)).to.deep.equal(['nettoyag', 'chambr']);
    expect(analyse('limpieza de habitaciones', 'es').map((t) => t.term)).to.deep.equal(['limpiez', 'habit']);
  });

  it('when a text is tokenised once and analysed per language, then each language gets what analyse() gives it', () => {
    const text = "Cameriere/a per servizio ai tavoli, customer care e problem solving nell'hotel";
    const analysed = new AnalysedText(text);
    for (const lang of ['it', 'en'] as const) expect(analysed.termsIn(lang)).to.deep.equal(analyse(text, lang));
    expect(analysed.termsIn('it')).to.equal(analysed.termsIn('it'));
    expect(analysed.termsIn('en').map((t) => t.term)).to.include('ai');
    expect(analysed.termsIn('it').map((t) => t.term)).not.to.include('ai');
  });

  it('when the same word is stemmed twice, then the cached stem is identical', () => {
    expect(stem('managers', 'en')).to.equal(stem('managers', 'en'));
    expect(stem('c++', 'en')).to.equal('c++');
  });

  it('when n-grams are asked, then contiguous terms are joined', () => {
    expect(ngrams(['a', 'b', 'c'], 2)).to.deep.equal(['a b', 'b c']);
  });
});
