import type { ConceptRecognizer, RecognitionOptions, RecognizedOccupation, RecognizedSkill } from '../taxonomy/taxonomy.types.js';
import { BoundedMemo, digestKey } from './bounded-memo.js';

/**
 * Remembers recognition results by text. Feeds and CV templates repeat the same titles and
 * descriptions, and recognition costs milliseconds per text while a profile should cost microseconds.
 * The same text returns the same array, so what is derived from a result can be memoised by identity.
 * Keys are SHA-256 digests, not the texts: a CV is a few KB and rarely repeats, and a key holding it would keep it
 * alive in the memo (up to `limit` of them) for nothing (as textTerms in profile-features.ts).
 */
export function memoRecognizer(recognizer: ConceptRecognizer, limit = 100_000): ConceptRecognizer {
  const skills = new BoundedMemo<string, RecognizedSkill[]>(limit);
  const occupations = new BoundedMemo<string, RecognizedOccupation[]>(limit);
  const keyOf = (text: string, options: RecognitionOptions & { text?: string }): string =>
    digestKey(options.lang ?? '', `${options.top ?? ''}`, text, options.text ?? '');
  return {
    detectLanguage: (text) => recognizer.detectLanguage(text),
    extractSkills: (text, options = {}) => skills.get(keyOf(text, options), () => recognizer.extractSkills(text, options)),
    classifyOccupation: (title, options = {}) =>
      occupations.get(keyOf(title, options), () => recognizer.classifyOccupation(title, options)),
  };
}
