import { foldText } from './text-fold.js';

export interface Token {
  /** Folded form: lower case, no accents. */
  text: string;
  start: number;
  end: number;
}

/*
 * Letters and digits of any script. "c++", "c#" and "f#" keep their sign because they are skills;
 * apostrophes split elisions ("dell'azienda" → "dell", "azienda"); "é" stays a letter, unlike natural's tokenizers.
 */
const tokenPattern = /[\p{L}\p{M}\p{N}]+(?:\+\+|#)?/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(tokenPattern)) {
    const start = match.index;
    tokens.push({ text: foldText(match[0]), start, end: start + match[0].length });
  }
  return tokens;
}
