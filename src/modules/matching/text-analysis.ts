import './quiet-dotenv.js';
import natural from 'natural';
import { stopwords } from './text-stopwords.js';

type Stemmer = (word: string) => string;

const porter = (s: { stem: (w: string) => string }): Stemmer => (w) => s.stem(w);
const stemmers: Record<string, Stemmer> = {
  it: porter(natural.PorterStemmerIt),
  en: porter(natural.PorterStemmer),
  fr: porter(natural.PorterStemmerFr),
  es: porter(natural.PorterStemmerEs),
  ar: stemArabicLightly,
};

// natural's Italian tokenizer drops accented letters, so tokens come from a Unicode letter/digit run.
const tokenPattern = /[\p{L}\p{M}\p{N}]+/gu;
const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

/** Strips the article and the commonest clitics, and unifies alef forms; there is no Arabic stemmer here. */
function stemArabicLightly(word: string): string {
  const plain = word.replace(/[\u064B-\u0652\u0640]/g, '').replace(/[إأآ]/g, 'ا').replace(/ة$/u, 'ه');
  const stripped = plain.replace(/^(وال|بال|كال|فال|لل|ال)/u, '');
  return stripped.length >= 3 ? stripped : plain;
}

function stem(lang: string, word: string): string {
  const key = `${lang}:${word}`;
  let stemmed = stemCache.get(key);
  if (stemmed === undefined) {
    stemmed = (stemmers[lang] ?? ((w: string) => w))(word);
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(key, stemmed);
  }
  return stemmed;
}

/** Language-specific terms of a text: lower-cased tokens, minus stopwords and digits, stemmed. */
export function analyseText(text: string, lang: string): string[] {
  const stop = stopwords.get(lang);
  const terms: string[] = [];
  for (const match of text.normalize('NFC').toLowerCase().matchAll(tokenPattern)) {
    const token = match[0];
    if (token.length < 2 || /^\d+$/.test(token) || stop?.has(token)) continue;
    terms.push(stem(lang, token));
  }
  return terms;
}

/** How often each term occurs; profiles weigh a term 1 + ln tf (sublinear) per text, keyed by language. */
export function termCounts(text: string, lang: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of analyseText(text, lang)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}
