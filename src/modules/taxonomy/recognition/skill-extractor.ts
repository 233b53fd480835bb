import type { Lang, TextSpan } from '../taxonomy.types.js';
import { analyse, type Term } from '../text/analyzer.js';
import { LabelIndex, type LabelIndexSnapshot } from './label-index.js';
import { Bm25Index, type Bm25Snapshot } from './bm25-index.js';

export interface SkillHit {
  skill: number;
  score: number;
  /** The label that matched best, for the span. */
  label?: number;
  lang: Lang;
}

export interface SkillExtractorWeights {
  /** Exponent on label coverage: partial matches of a label fall off fast. */
  coveragePower: number;
  /** Weight of the description BM25 (scaled to 0..1) relative to a full label match. */
  description: number;
  /** Weight of BM25 over all labels of a skill taken together (scaled to 0..1): rewards skills many of whose words occur. */
  allLabels: number;
  /** Exponent on a label's IDF mass: among fully matched labels, the longer and rarer one is the more specific skill. */
  massPower: number;
}

export const defaultSkillWeights: SkillExtractorWeights = { coveragePower: 1, description: 0.25, allLabels: 0.6, massPower: 0 };

/** The prebuilt parts of a SkillExtractor, as stored in the index file. */
export interface SkillExtractorSnapshot {
  uris: string[];
  labelIndexes: Partial<Record<Lang, LabelIndexSnapshot>>;
  descriptions: Bm25Snapshot;
  labelBags: Bm25Snapshot;
}

/** Ranks ESCO skills named or described in a text, by label matching on stems plus BM25 over descriptions. */
export class SkillExtractor {
  readonly uris: string[];
  readonly position: Map<string, number>;
  private readonly labelIndexes = new Map<Lang, LabelIndex>();
  private readonly descriptions: Bm25Index;
  private readonly labelBags: Bm25Index;

  constructor(readonly snapshot: SkillExtractorSnapshot, readonly weights: SkillExtractorWeights = { ...defaultSkillWeights }) {
    this.uris = snapshot.uris;
    this.position = new Map(this.uris.map((uri, i) => [uri, i]));
    for (const [lang, index] of Object.entries(snapshot.labelIndexes)) this.labelIndexes.set(lang as Lang, new LabelIndex(index));
    this.descriptions = new Bm25Index(snapshot.descriptions);
    this.labelBags = new Bm25Index(snapshot.labelBags);
  }

  /** Skills whose labels (or descriptions, in English) the text contains. */
  extract(terms: Term[], lang: Lang): Map<number, SkillHit> {
    const hits = new Map<number, SkillHit>();
    const index = this.labelIndexes.get(lang);
    const stems = terms.map((t) => t.term);
    if (index) {
      for (const m of index.match(stems)) {
        const score = index.labelWeight(m.label) * Math.pow(m.coverage, this.weights.coveragePower) * Math.pow(m.matched, this.weights.massPower);
        const current = hits.get(m.concept);
        if (!current || score > current.score) hits.set(m.concept, { skill: m.concept, score, label: m.label, lang });
      }
    }
    if (lang === 'en' && this.weights.description > 0) this.addBm25Scores(this.descriptions, this.weights.description, stems, hits);
    if (lang === 'en' && this.weights.allLabels > 0) this.addBm25Scores(this.labelBags, this.weights.allLabels, stems, hits);
    return hits;
  }

  private addBm25Scores(bm25: Bm25Index, weight: number, stems: string[], hits: Map<number, SkillHit>): void {
    const raw = bm25.search(stems);
    const max = Math.max(0, ...raw.values());
    if (max <= 0) return;
    for (const [skill, value] of raw) {
      const add = (weight * value) / max;
      const current = hits.get(skill);
      if (current) current.score += add;
      else hits.set(skill, { skill, score: add, lang: 'en' });
    }
  }

  /** The shortest stretch of the text holding the matched label's stems. */
  spanOf(hit: SkillHit, terms: Term[], text: string): TextSpan | undefined {
    if (hit.label === undefined) return undefined;
    const wanted = new Set(this.labelIndexes.get(hit.lang)?.labelTerms(hit.label) ?? []);
    const found = terms.filter((t) => wanted.has(t.term));
    if (found.length === 0) return undefined;
    const start = Math.min(...found.map((t) => t.start));
    const end = Math.max(...found.map((t) => t.end));
    return { start, end, text: text.slice(start, end) };
  }

  analyse(text: string, lang: Lang): Term[] {
    return analyse(text, lang);
  }
}
