import { createRequire } from 'node:module';
import type { Lang } from '../taxonomy.types.js';

type StemFn = (word: string) => string;

/*
 * natural's index loads every one of its modules (classifiers, WordNet, storage back ends) and runs dotenv: seconds
 * at start-up. Its stemmer files are plain CommonJS modules with no such side effects, so they are required one by one.
 */
const require = createRequire(import.meta.url);

function loadPorterStemmer(file: string): StemFn {
  const stemmer: unknown = require(`natural/lib/natural/stemmers/${file}.js`);
  const stemFn = (stemmer as { stem?: unknown } | null)?.stem;
  if (typeof stemFn !== 'function') throw new Error(`natural stemmer ${file} has no stem()`);
  return (word) => String(stemFn.call(stemmer, word));
}

// Arabic has no stemmer in natural: a light stemmer that strips the article and common prefixes/suffixes.
function stemArabic(word: string): string {
  let w = word.replace(/^(وال|بال|كال|فال|لل|ال)/, '');
  if (w.length > 4) w = w.replace(/(ات|ون|ين|ها|ان|يه|ه|ي)$/, '');
  return w.length >= 2 ? w : word;
}

const stemmers: Record<Lang, StemFn> = {
  en: loadPorterStemmer('porter_stemmer'),
  it: loadPorterStemmer('porter_stemmer_it'),
  fr: loadPorterStemmer('porter_stemmer_fr'),
  es: loadPorterStemmer('porter_stemmer_es'),
  ar: stemArabic,
};

// natural's stemmers are slow enough to dominate analysis; the vocabulary is small, so a cache makes them ~10x faster.
const caches: Record<Lang, Map<string, string>> = { en: new Map(), it: new Map(), fr: new Map(), es: new Map(), ar: new Map() };
const maxCacheSize = 200_000;
const keptAsIs = /[\d+#]/;

/** Stems a folded token. Tokens with digits or signs ("c++", "iso9001") are kept as they are. */
export function stem(token: string, lang: Lang): string {
  const cache = caches[lang];
  let stemmed = cache.get(token);
  if (stemmed === undefined) {
    stemmed = keptAsIs.test(token) || token.length <= 2 ? token : stemmers[lang](token);
    if (cache.size >= maxCacheSize) cache.clear();
    cache.set(token, stemmed);
  }
  return stemmed;
}

/** Words and their stems, parallel arrays: the stem table kept in the prebuilt index file. */
export interface StemTable {
  words: string[];
  stems: string[];
}

/** The stems this process has computed for one language (after an index build: the whole ESCO vocabulary). */
export function stemTableOf(lang: Lang): StemTable {
  const cache = caches[lang];
  return { words: [...cache.keys()], stems: [...cache.values()] };
}

/**
 * Loads a stem table computed by an earlier process. Without it, the first texts after every start pay natural's
 * stemmer for each ESCO word again (about half the time of a cold skill extraction); the stems are the same either way.
 */
export function primeStems(lang: Lang, table: StemTable): void {
  const cache = caches[lang];
  const room = Math.max(0, maxCacheSize - cache.size);
  for (let i = 0; i < Math.min(table.words.length, room); i += 1) cache.set(table.words[i]!, table.stems[i]!);
}
