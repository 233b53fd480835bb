import type { TaxonomyData } from '../taxonomy.records.js';
import { stem } from '../text/stemmer.js';
import { tokenize } from '../text/tokenizer.js';

/*
 * Job titles are typed in a hurry, often in a second language: "assisstant", "technicion", "cleanner", "forklif".
 * Porter stems of a misspelt word match nothing, so the title loses its most telling word. A word that ESCO's English
 * never uses, neither as written nor through its stem, is replaced by the most frequent ESCO word one edit away
 * (a letter inserted, deleted or changed, or two neighbours swapped). Short words, words with digits and words with
 * no known neighbour stay as they are: "Pekerja" or a shop's name is not a typo of anything.
 */

/** The English words of ESCO with how often they occur. */
export interface TitleSpellingSnapshot {
  words: string[];
  counts: Uint32Array;
}

/** Words shorter than this are left alone: one edit away from a short word there are too many real words. */
const minimumLength = 5;
/** A neighbour seen fewer times than this in ESCO is too rare to be what the writer meant. */
const minimumCount = 3;
const alphabet = 'abcdefghijklmnopqrstuvwxyz';
const maxRemembered = 20_000;
/** A word the corrector looks at: letters only, as the tokenizer folds them (lower case, no accents). */
const letters = /^\p{L}+$/u;
const wordsOf = (text: string): string[] => tokenize(text).map((t) => t.text).filter((w) => letters.test(w));

/** Counts the words of ESCO's English occupation and skill labels and descriptions (at index build). */
export function buildTitleSpelling(data: TaxonomyData): TitleSpellingSnapshot {
  const counts = new Map<string, number>();
  const count = (text: string | undefined): void => {
    for (const word of text ? wordsOf(text) : []) counts.set(word, (counts.get(word) ?? 0) + 1);
  };
  for (const o of data.occupations) [o.labels.en.pref, ...(o.labels.en.alt ?? []), ...(o.labels.en.hidden ?? []), o.desc.en].forEach(count);
  for (const s of data.skills) [s.label, ...(s.alt ?? []), ...(s.hidden ?? []), s.desc].forEach(count);
  const words = [...counts.keys()];
  return { words, counts: Uint32Array.from(words, (w) => counts.get(w)!) };
}

export class TitleSpelling {
  private readonly counts = new Map<string, number>();
  /** The stems of those words (cache hits of the stem table primed at load). */
  private readonly stems: Set<string>;
  /** Corrections already worked out ('' when the word stays): titles repeat their words. */
  private readonly remembered = new Map<string, string>();

  constructor(snapshot: TitleSpellingSnapshot) {
    snapshot.words.forEach((word, i) => this.counts.set(word, snapshot.counts[i]!));
    this.stems = new Set(snapshot.words.map((w) => stem(w, 'en')));
  }

  /** The text with each misspelt word replaced (lower-cased) by its correction. */
  correct(text: string): string {
    let corrected = '';
    let from = 0;
    for (const token of tokenize(text)) {
      const correction = this.correctionOf(token.text);
      if (!correction) continue;
      corrected += text.slice(from, token.start) + correction;
      from = token.end;
    }
    return from === 0 ? text : corrected + text.slice(from);
  }

  /** The word's correction, or '' when it stays as it is. */
  private correctionOf(word: string): string {
    if (word.length < minimumLength || !letters.test(word)) return '';
    let correction = this.remembered.get(word);
    if (correction === undefined) {
      correction = this.isKnown(word) ? '' : this.likeliestNeighbour(word);
      if (this.remembered.size >= maxRemembered) this.remembered.clear();
      this.remembered.set(word, correction);
    }
    return correction;
  }

  private isKnown(word: string): boolean {
    return this.counts.has(word) || this.stems.has(stem(word, 'en'));
  }

  private likeliestNeighbour(word: string): string {
    let best = '';
    let bestCount = minimumCount - 1;
    const consider = (candidate: string): void => {
      const count = this.counts.get(candidate) ?? 0;
      if (count > bestCount) [best, bestCount] = [candidate, count];
    };
    for (let i = 0; i <= word.length; i += 1) {
      const head = word.slice(0, i);
      const tail = word.slice(i);
      if (tail) consider(head + tail.slice(1));
      if (tail.length > 1) consider(head + tail[1] + tail[0] + tail.slice(2));
      for (const letter of alphabet) {
        if (tail) consider(head + letter + tail.slice(1));
        consider(head + letter + tail);
      }
    }
    return best;
  }
}
