import type { Lang } from '../taxonomy.types.js';
import { tokenize } from './tokenizer.js';
import { isStopword } from './stopwords.js';

export type LatinLang = Exclude<Lang, 'ar'>;
const latinLangs: readonly LatinLang[] = ['en', 'it', 'fr', 'es'];
const arabicScript = /[\u0600-\u06FF]/;

export interface LanguageSample {
  lang: LatinLang;
  text: string;
}

function features(word: string): string[] {
  const padded = `^${word}$`;
  const grams = [padded];
  for (let i = 0; i + 3 <= padded.length; i += 1) grams.push(padded.slice(i, i + 3));
  return grams;
}

/**
 * A naive Bayes classifier over character trigrams and whole words, trained on ESCO labels of each language.
 * Arabic is told apart by its script. Short titles ("cameriere") are why trigrams beat stopword counting here.
 */
export class LanguageDetector {
  private readonly counts = new Map<LatinLang, Map<string, number>>();
  private readonly totals = new Map<LatinLang, number>();
  private readonly vocabulary = new Set<string>();

  constructor(samples: Iterable<LanguageSample>) {
    for (const lang of latinLangs) this.counts.set(lang, new Map());
    for (const { lang, text } of samples) {
      const table = this.counts.get(lang)!;
      for (const token of tokenize(text)) {
        for (const f of features(token.text)) {
          table.set(f, (table.get(f) ?? 0) + 1);
          this.vocabulary.add(f);
        }
      }
    }
    for (const lang of latinLangs) this.totals.set(lang, [...this.counts.get(lang)!.values()].reduce((a, b) => a + b, 0));
  }

  /** The most likely language of `text`; English when nothing tells the languages apart. */
  detect(text: string): Lang {
    if (arabicScript.test(text)) return 'ar';
    const tokens = tokenize(text).filter((t) => !/^\d+$/.test(t.text)).slice(0, 200);
    let best: Lang = 'en';
    let bestScore = -Infinity;
    for (const lang of latinLangs) {
      const score = this.score(tokens.map((t) => t.text), lang);
      if (score > bestScore) {
        bestScore = score;
        best = lang;
      }
    }
    return best;
  }

  private score(words: string[], lang: LatinLang): number {
    const table = this.counts.get(lang)!;
    const denominator = Math.log((this.totals.get(lang) ?? 0) + this.vocabulary.size + 1);
    let score = 0;
    for (const word of words) {
      // A function word is strong evidence; it is worth a few trigrams.
      if (isStopword(word, lang) && word.length > 1) score += 3;
      for (const f of features(word)) score += Math.log((table.get(f) ?? 0) + 1) - denominator;
    }
    return score;
  }
}
