import { expect } from 'chai';
import { memoRecognizer } from '../../../src/modules/matching/memo-recognizer.js';
import type { ConceptRecognizer, RecognizedOccupation, RecognizedSkill } from '../../../src/modules/taxonomy/taxonomy.types.js';

/** A recognizer that counts its calls and answers with the text it was asked about. */
function countingRecognizer(): ConceptRecognizer & { calls: number } {
  const recognizer = {
    calls: 0,
    detectLanguage: () => 'en' as const,
    extractSkills: (text: string): RecognizedSkill[] => {
      recognizer.calls += 1;
      return [{ uri: `skill:${text}`, label: text, score: 1 }];
    },
    classifyOccupation: (title: string, options: { text?: string } = {}): RecognizedOccupation[] => {
      recognizer.calls += 1;
      return [{ uri: `occupation:${title}|${options.text ?? ''}`, label: title, score: 1 }];
    },
  };
  return recognizer;
}

describe('memoised recognizer', () => {
  it('when the same text and options come again, then the first result is returned without recognising again', () => {
    const inner = countingRecognizer();
    const memo = memoRecognizer(inner);
    const cv = 'Ho lavorato come cameriere. '.repeat(100);
    const first = memo.extractSkills(cv, { lang: 'it', top: 15 });
    expect(memo.extractSkills(cv, { lang: 'it', top: 15 })).to.equal(first);
    expect(inner.calls).to.equal(1);
  });

  it('when the language, the number asked for, the title or its description differ, then each is recognised on its own', () => {
    const inner = countingRecognizer();
    const memo = memoRecognizer(inner);
    memo.extractSkills('saldatore', { lang: 'it' });
    memo.extractSkills('saldatore', { lang: 'es' });
    memo.extractSkills('saldatore', { lang: 'it', top: 5 });
    const plain = memo.classifyOccupation('welder', { lang: 'en' });
    const described = memo.classifyOccupation('welder', { lang: 'en', text: 'TIG on steel pipes' });
    expect(inner.calls).to.equal(5);
    expect(described[0]!.uri).to.not.equal(plain[0]!.uri);
  });
});
