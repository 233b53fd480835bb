import { foldText } from '../text/text-fold.js';
import { tokenize } from '../text/tokenizer.js';
import { insertTopK } from './ranking.js';

export interface Suggestion {
  concept: number;
  label: string;
}

interface WordEntry {
  word: string;
  label: number;
}

/**
 * Type-ahead over labels: every word of every label sits in one sorted array, so a prefix is two binary searches.
 * A query's last word is a prefix, its other words must all occur in the label. Shorter labels rank first.
 */
export class AutocompleteIndex {
  private readonly labels: { concept: number; text: string; words: Set<string> }[] = [];
  private words: WordEntry[] = [];

  add(concept: number, label: string): void {
    const words = tokenize(label).map((t) => t.text);
    const id = this.labels.length;
    this.labels.push({ concept, text: label, words: new Set(words) });
    for (const word of new Set(words)) this.words.push({ word, label: id });
  }

  freeze(): void {
    this.words.sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : a.label - b.label));
  }

  suggest(query: string, limit: number): Suggestion[] {
    const words = tokenize(foldText(query)).map((t) => t.text);
    const prefix = words.pop();
    if (!prefix) return [];
    const found = new Map<number, { label: string; length: number }>();
    for (let i = this.lowerBound(prefix); i < this.words.length && this.words[i]!.word.startsWith(prefix); i += 1) {
      const label = this.labels[this.words[i]!.label]!;
      if (!words.every((w) => label.words.has(w))) continue;
      const best = found.get(label.concept);
      if (!best || label.text.length < best.length) found.set(label.concept, { label: label.text, length: label.text.length });
    }
    return selectShortest(found, limit).map(([concept, { label }]) => ({ concept, label }));
  }

  private lowerBound(prefix: string): number {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.words[mid]!.word < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

type Found = [number, { label: string; length: number }];

const ranksAhead = (a: Found, b: Found): boolean => (a[1].length - b[1].length || a[1].label.localeCompare(b[1].label)) < 0;

/**
 * The `limit` concepts with the shortest labels, in the order a full sort would give. A two-letter prefix finds
 * thousands of labels; keeping only the best few avoids sorting them all with the (slow) localeCompare.
 */
function selectShortest(found: Map<number, { label: string; length: number }>, limit: number): Found[] {
  const best: Found[] = [];
  for (const entry of found) insertTopK(best, entry, limit, ranksAhead);
  return best;
}
