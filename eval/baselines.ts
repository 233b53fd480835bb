import { tokenize } from '../src/modules/taxonomy/text/tokenizer.js';

/** Plain word TF-IDF with cosine similarity, one document per concept: the calibration baseline of the issue. */
export class TfIdfBaseline {
  private readonly postings = new Map<string, { doc: number; weight: number }[]>();
  private readonly idf = new Map<string, number>();

  constructor(private readonly docs: { uri: string; text: string }[]) {
    const termCounts = docs.map((d) => counts(words(d.text)));
    const df = new Map<string, number>();
    for (const tc of termCounts) for (const t of tc.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    for (const [t, n] of df) this.idf.set(t, Math.log(docs.length / n) + 1);
    termCounts.forEach((tc, doc) => {
      const vector = [...tc].map(([t, c]) => [t, (1 + Math.log(c)) * (this.idf.get(t) ?? 0)] as const);
      const norm = Math.hypot(...vector.map(([, w]) => w)) || 1;
      for (const [t, w] of vector) {
        const list = this.postings.get(t) ?? [];
        list.push({ doc, weight: w / norm });
        this.postings.set(t, list);
      }
    });
  }

  rank(text: string, top: number): string[] {
    const scores = new Map<number, number>();
    for (const [t, c] of counts(words(text))) {
      const q = (1 + Math.log(c)) * (this.idf.get(t) ?? 0);
      for (const { doc, weight } of this.postings.get(t) ?? []) scores.set(doc, (scores.get(doc) ?? 0) + q * weight);
    }
    return [...scores].sort((a, b) => b[1] - a[1]).slice(0, top).map(([doc]) => this.docs[doc]!.uri);
  }
}

/** Exact label match: concepts whose label occurs word for word in the text, longest label first. */
export class ExactLabelBaseline {
  private readonly byLabel = new Map<string, string[]>();
  private maxWords = 1;

  constructor(labels: { uri: string; label: string }[]) {
    for (const { uri, label } of labels) {
      const key = words(label).join(' ');
      if (!key) continue;
      this.maxWords = Math.max(this.maxWords, key.split(' ').length);
      const list = this.byLabel.get(key) ?? [];
      if (!list.includes(uri)) list.push(uri);
      this.byLabel.set(key, list);
    }
  }

  rank(text: string, top: number): string[] {
    const tokens = words(text);
    const found: { uri: string; length: number }[] = [];
    for (let n = Math.min(this.maxWords, tokens.length); n >= 1; n -= 1) {
      for (let i = 0; i + n <= tokens.length; i += 1) {
        for (const uri of this.byLabel.get(tokens.slice(i, i + n).join(' ')) ?? []) found.push({ uri, length: n });
      }
    }
    return [...new Set(found.map((f) => f.uri))].slice(0, top);
  }
}

function words(text: string): string[] {
  return tokenize(text).map((t) => t.text);
}

function counts(list: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of list) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}
