import type { LabelIndexSnapshot } from './label-index.js';

/**
 * For each term: the concepts whose labels hold it, each with the best weight × coverage one of those labels reaches
 * when this term is the only query term it holds, and that label (the first one, on ties).
 *
 * Most labels a sentence touches hold just one of its terms ("work", "manag", "use" sit in thousands of labels), and
 * such a label scores weight × idf / mass: the query does not change it. Offering these per concept rather than per
 * label is a fifth of the work; labels holding two or more query terms are still scored one by one. The maximum per
 * concept is unchanged: a best label that holds other query terms too scores even higher on its own.
 */
export interface SingleTermBest {
  offsets: Int32Array;
  concepts: Int32Array;
  scores: Float64Array;
  labels: Int32Array;
}

export function buildSingleTermBest({ idf, postings, concept, mass, weight }: LabelIndexSnapshot): SingleTermBest {
  const { offsets: labelOffsets, values } = postings;
  const termCount = labelOffsets.length - 1;
  const offsets = new Int32Array(termCount + 1);
  const concepts: number[] = [];
  const scores: number[] = [];
  const labels: number[] = [];
  // Where each concept's entry sits in the current term's list, or -1 (reset after each term).
  const slot = new Int32Array(concept.reduce((max, c) => Math.max(max, c + 1), 0)).fill(-1);
  for (let t = 0; t < termCount; t += 1) {
    const first = concepts.length;
    for (let i = labelOffsets[t]!; i < labelOffsets[t + 1]!; i += 1) {
      const label = values[i]!;
      const c = concept[label]!;
      const m = mass[label]!;
      // The same arithmetic as a scan: coverage is matched / mass, matched being this term's idf alone.
      const score = weight[label]! * (m > 0 ? idf[t]! / m : 0);
      const at = slot[c]!;
      if (at < 0) {
        slot[c] = concepts.length;
        concepts.push(c);
        scores.push(score);
        labels.push(label);
      } else if (score > scores[at]!) {
        scores[at] = score;
        labels[at] = label;
      }
    }
    for (let i = first; i < concepts.length; i += 1) slot[concepts[i]!] = -1;
    offsets[t + 1] = concepts.length;
  }
  return { offsets, concepts: Int32Array.from(concepts), scores: Float64Array.from(scores), labels: Int32Array.from(labels) };
}
