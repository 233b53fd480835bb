import type { Lang } from '../taxonomy.types.js';
import { tokenize, type Token } from './tokenizer.js';
import { isStopword } from './stopwords.js';

export type LatinLang = Exclude<Lang, 'ar'>;
const latinLangs: readonly LatinLang[] = ['en', 'it', 'fr', 'es'];
const arabicScript = /[\u0600-\u06FF]/;
const digitsOnly = /^\d+$/;

export interface LanguageSample {
  lang: LatinLang;
  text: string;
}

/** Trained counts as typed arrays (what the prebuilt index file stores): feature f in language l is counts[f * 4 + l]. */
export interface LanguageDetectorSnapshot {
  features: string[];
  counts: Int32Array;
  totals: number[];
}

function features(word: string): string[] {
  const padded = `^${word}$`;
  const grams = [padded];
  for (let i = 0; i + 3 <= padded.length; i += 1) grams.push(padded.slice(i, i + 3));
  return grams;
}

/** Counts the features of each language in the samples. */
export function trainLanguageDetector(samples: Iterable<LanguageSample>): LanguageDetector {
  const ids = new Map<string, number>();
  const counts: number[] = [];
  for (const { lang, text } of samples) {
    const column = latinLangs.indexOf(lang);
    for (const token of tokenize(text)) {
      for (const f of features(token.text)) {
        let id = ids.get(f);
        if (id === undefined) {
          ids.set(f, (id = ids.size));
          counts.push(0, 0, 0, 0);
        }
        counts[id * 4 + column]! += 1;
      }
    }
  }
  const totals = latinLangs.map((_, l) => counts.reduce((sum, c, i) => (i % 4 === l ? sum + c : sum), 0));
  return new LanguageDetector({ features: [...ids.keys()], counts: Int32Array.from(counts), totals });
}

/**
 * A naive Bayes classifier over character trigrams and whole words, trained on ESCO labels of each language.
 * Arabic is told apart by its script. Short titles ("cameriere") are why trigrams beat stopword counting here.
 */
export class LanguageDetector {
  private readonly ids = new Map<string, number>();
  private readonly denominators: number[];

  constructor(readonly snapshot: LanguageDetectorSnapshot) {
    snapshot.features.forEach((f, id) => this.ids.set(f, id));
    this.denominators = snapshot.totals.map((total) => Math.log(total + snapshot.features.length + 1));
  }

  /** The most likely language of `text`; English when nothing tells the languages apart. */
  detect(text: string): Lang {
    return this.detectTokens(text, tokenize(text));
  }

  /** detect() for a text already tokenised. */
  detectTokens(text: string, tokens: readonly Token[]): Lang {
    if (arabicScript.test(text)) return 'ar';
    const words = tokens.filter((t) => !digitsOnly.test(t.text)).slice(0, 200).map((t) => t.text);
    const scores = this.score(words);
    let best: Lang = 'en';
    let bestScore = -Infinity;
    latinLangs.forEach((lang, column) => {
      if (scores[column]! > bestScore) {
        bestScore = scores[column]!;
        best = lang;
      }
    });
    return best;
  }

  /** Log-likelihood per language, each feature looked up once for all four languages. */
  private score(words: string[]): number[] {
    const { counts } = this.snapshot;
    const scores = [0, 0, 0, 0];
    for (const word of words) {
      latinLangs.forEach((lang, column) => {
        // A function word is strong evidence; it is worth a few trigrams.
        if (isStopword(word, lang) && word.length > 1) scores[column]! += 3;
      });
      for (const f of features(word)) {
        const id = this.ids.get(f);
        for (let column = 0; column < 4; column += 1) {
          scores[column]! += Math.log((id === undefined ? 0 : counts[id * 4 + column]!) + 1) - this.denominators[column]!;
        }
      }
    }
    return scores;
  }
}
