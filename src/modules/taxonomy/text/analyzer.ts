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
  return analyseTokens(tokenize(text), lang);
}

/** Drops stopwords and stems already tokenised text. */
function analyseTokens(tokens: readonly Token[], lang: Lang): Term[] {
  const terms: Term[] = [];
  for (const token of tokens) {
    if (isStopword(token.text, lang)) continue;
    terms.push({ text: token.text, start: token.start, end: token.end, term: stem(token.text, lang) });
  }
  return terms;
}

/**
 * One text, tokenised once (on first use) and analysed per language on demand: recognition detects a text's language,
 * then looks at it in that language, in English (English skill names inside other languages) and again for each span
 * it reports.
 */
export class AnalysedText {
  private tokenList: Token[] | undefined;
  private readonly terms = new Map<Lang, Term[]>();

  constructor(readonly text: string) {}

  get tokens(): Token[] {
    return (this.tokenList ??= tokenize(this.text));
  }

  termsIn(lang: Lang): Term[] {
    let terms = this.terms.get(lang);
    if (!terms) this.terms.set(lang, (terms = analyseTokens(this.tokens, lang)));
    return terms;
  }
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
