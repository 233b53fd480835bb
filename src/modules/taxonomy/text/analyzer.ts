import type { Lang } from '../taxonomy.types.js';
import { isStopword } from './stopwords.js';
import { stem } from './stemmer.js';
import { tokenize, type Token } from './tokenizer.js';

export interface Term extends Token {
  /** The stem used for matching. */
  term: string;
}

/** Tokenises, folds, drops stopwords and stems: the terms a text is matched on. */
export function analyse(text: string, lang: Lang): Term[] {
  const terms: Term[] = [];
  for (const token of tokenize(text)) {
    if (isStopword(token.text, lang)) continue;
    terms.push({ ...token, term: stem(token.text, lang) });
  }
  return terms;
}

/** Just the stems, for indexing labels. */
export function analyseTerms(text: string, lang: Lang): string[] {
  return analyse(text, lang).map((t) => t.term);
}

/** Contiguous n-grams of `n` terms, joined by a space. */
export function ngrams(terms: readonly string[], n: number): string[] {
  const grams: string[] = [];
  for (let i = 0; i + n <= terms.length; i += 1) grams.push(terms.slice(i, i + n).join(' '));
  return grams;
}
