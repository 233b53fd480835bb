import type { PackedLists } from './packed-lists.js';

/**
 * Each label listed under its rarest term only (the one in fewest labels; ties to the lower term number). A label
 * all of whose terms are in a query is listed under one of the query's terms, and rarely under a common one: walking
 * these lists finds every whole label of a text without the thousands of postings of common stems.
 */
export function rarestTermLists(postings: PackedLists, labelTerms: PackedLists): PackedLists {
  const termCount = postings.offsets.length - 1;
  const labelCount = labelTerms.offsets.length - 1;
  const frequency = (term: number): number => postings.offsets[term + 1]! - postings.offsets[term]!;
  const rarest = new Int32Array(labelCount).fill(-1);
  const offsets = new Int32Array(termCount + 1);
  for (let label = 0; label < labelCount; label += 1) {
    for (let i = labelTerms.offsets[label]!; i < labelTerms.offsets[label + 1]!; i += 1) {
      const term = labelTerms.values[i]!;
      const best = rarest[label]!;
      if (best < 0 || frequency(term) < frequency(best) || (frequency(term) === frequency(best) && term < best)) rarest[label] = term;
    }
    if (rarest[label]! >= 0) offsets[rarest[label]! + 1]! += 1;
  }
  for (let t = 0; t < termCount; t += 1) offsets[t + 1]! += offsets[t]!;
  const next = offsets.slice(0, termCount);
  const values = new Int32Array(offsets[termCount]!);
  for (let label = 0; label < labelCount; label += 1) if (rarest[label]! >= 0) values[next[rarest[label]!]!++] = label;
  return { offsets, values };
}
