/** Accent-folded lower-case word tokens; a Unicode regexp so Italian, French and Arabic words survive. */
export function tokenize(text: string): string[] {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).filter((t) => t.length > 1);
}

export type TermVector = Map<string, number>;

/**
 * Word unigrams plus bigrams: unigrams catch re-worded copies, bigrams keep two ads built from the same
 * employer template (same words, different role) apart.
 */
export function termVector(text: string): TermVector {
  const tokens = tokenize(text);
  const vector: TermVector = new Map();
  const add = (term: string): void => {
    vector.set(term, (vector.get(term) ?? 0) + 1);
  };
  tokens.forEach((token, i) => {
    add(token);
    if (i > 0) add(`${tokens[i - 1]} ${token}`);
  });
  return vector;
}

/** Cosine similarity of two term vectors (0 … 1). */
export function cosineSimilarity(a: TermVector, b: TermVector): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [term, weight] of a) {
    normA += weight * weight;
    const other = b.get(term);
    if (other !== undefined) dot += weight * other;
  }
  for (const weight of b.values()) normB += weight * weight;
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}

export function textSimilarity(a: string, b: string): number {
  return cosineSimilarity(termVector(a), termVector(b));
}
