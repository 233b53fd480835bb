import type { ConceptRecognizer, RecognitionOptions, RecognizedOccupation, RecognizedSkill } from '../taxonomy/taxonomy.types.js';

/**
 * Remembers recognition results by text. Feeds and CV templates repeat the same titles and
 * descriptions, and recognition costs milliseconds per text while a profile should cost microseconds.
 */
export function memoRecognizer(recognizer: ConceptRecognizer, limit = 100_000): ConceptRecognizer {
  const skills = new Map<string, RecognizedSkill[]>();
  const occupations = new Map<string, RecognizedOccupation[]>();
  const remember = <T>(cache: Map<string, T>, key: string, compute: () => T): T => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute();
      if (cache.size >= limit) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
  const keyOf = (text: string, options: RecognitionOptions & { text?: string }): string =>
    `${options.lang ?? ''}|${options.top ?? ''}|${text}|${options.text ?? ''}`;
  return {
    detectLanguage: (text) => recognizer.detectLanguage(text),
    extractSkills: (text, options = {}) => remember(skills, keyOf(text, options), () => recognizer.extractSkills(text, options)),
    classifyOccupation: (title, options = {}) =>
      remember(occupations, keyOf(title, options), () => recognizer.classifyOccupation(title, options)),
  };
}
