import './quiet-natural.js';
import natural from 'natural';
import type { Lang } from '../taxonomy.types.js';

type StemFn = (word: string) => string;

// Arabic has no stemmer in natural: a light stemmer that strips the article and common prefixes/suffixes.
function stemArabic(word: string): string {
  let w = word.replace(/^(وال|بال|كال|فال|لل|ال)/, '');
  if (w.length > 4) w = w.replace(/(ات|ون|ين|ها|ان|يه|ه|ي)$/, '');
  return w.length >= 2 ? w : word;
}

const stemmers: Record<Lang, StemFn> = {
  en: (w) => natural.PorterStemmer.stem(w),
  it: (w) => natural.PorterStemmerIt.stem(w),
  fr: (w) => natural.PorterStemmerFr.stem(w),
  es: (w) => natural.PorterStemmerEs.stem(w),
  ar: stemArabic,
};

// natural's stemmers are slow enough to dominate analysis; the vocabulary is small, so a cache makes them ~10x faster.
const caches: Record<Lang, Map<string, string>> = { en: new Map(), it: new Map(), fr: new Map(), es: new Map(), ar: new Map() };
const maxCacheSize = 200_000;

/** Stems a folded token. Tokens with digits or signs ("c++", "iso9001") are kept as they are. */
export function stem(token: string, lang: Lang): string {
  const cache = caches[lang];
  let stemmed = cache.get(token);
  if (stemmed === undefined) {
    stemmed = /[\d+#]/.test(token) || token.length <= 2 ? token : stemmers[lang](token);
    if (cache.size >= maxCacheSize) cache.clear();
    cache.set(token, stemmed);
  }
  return stemmed;
}
