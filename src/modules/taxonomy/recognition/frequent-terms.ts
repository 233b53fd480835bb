import type { PackedLists } from './packed-lists.js';
import { insertTopK } from './ranking.js';

/** As many frequent terms as a label's bit set holds. */
const frequentTermCount = 32;

/**
 * The commonest terms of a label index and, per label, which of them it holds: bit k of labelBits[label] is set when
 * the label holds the term whose termBit is k (k = 0 for the term with the longest postings). Lets a query find the
 * labels holding its commonest term together with other query terms without walking that term's postings.
 */
export interface FrequentTerms {
  termBit: Int8Array;
  labelBits: Uint32Array;
}

export function findFrequentTerms({ offsets, values }: PackedLists, labelCount: number): FrequentTerms {
  const termCount = offsets.length - 1;
  const length = (t: number): number => offsets[t + 1]! - offsets[t]!;
  // The longest lists first, ties by term number; kept by insertion: sorting all terms cost tens of ms at load.
  const commonest: number[] = [];
  const longer = (a: number, b: number): boolean => length(a) > length(b);
  for (let t = 0; t < termCount; t += 1) insertTopK(commonest, t, frequentTermCount, longer);
  const termBit = new Int8Array(termCount).fill(-1);
  const labelBits = new Uint32Array(labelCount);
  commonest.forEach((term, bit) => {
    termBit[term] = bit;
    for (let i = offsets[term]!; i < offsets[term + 1]!; i += 1) labelBits[values[i]!]! |= 1 << bit;
  });
  return { termBit, labelBits };
}
