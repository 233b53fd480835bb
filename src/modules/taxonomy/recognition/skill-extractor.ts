import type { Lang, TextSpan } from '../taxonomy.types.js';
import type { EscoTaxonomy } from '../taxonomy.index.js';
import { analyse, analyseTerms, type Term } from '../text/analyzer.js';
import { LabelIndex } from './label-index.js';
import { Bm25Index } from './bm25-index.js';
import type { SkillLexiconEntry } from './skill-lexicon.js';

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

/** Ranks ESCO skills named or described in a text, by label matching on stems plus BM25 over descriptions. */
export class SkillExtractor {
  readonly uris: string[];
  readonly position: Map<string, number>;
  private readonly labelIndexes = new Map<Lang, LabelIndex>();
  private readonly descriptions = new Bm25Index();
  private readonly labelBags = new Bm25Index();

  constructor(taxonomy: EscoTaxonomy, lexicon: readonly SkillLexiconEntry[], readonly weights: SkillExtractorWeights = { ...defaultSkillWeights }) {
    const records = taxonomy.data.skills;
    this.uris = records.map((r) => r.uri);
    const position = new Map(this.uris.map((uri, i) => [uri, i]));
    this.position = position;
    const en = new LabelIndex();
    const fr = new LabelIndex();
    records.forEach((r, i) => {
      en.add(i, analyseTerms(r.label, 'en'), 1);
      for (const alt of r.alt ?? []) en.add(i, analyseTerms(alt, 'en'), 0.95);
      for (const hidden of r.hidden ?? []) en.add(i, analyseTerms(hidden, 'en'), 0.8);
      if (r.fr) [r.fr.label, ...(r.fr.alt ?? [])].forEach((l) => fr.add(i, analyseTerms(l, 'fr'), 1));
      if (r.desc) this.descriptions.add(i, analyseTerms(r.desc, 'en'));
      this.labelBags.add(i, analyseTerms([r.label, ...(r.alt ?? [])].join(' '), 'en'));
    });
    const lexiconIndexes = { it: new LabelIndex(), es: new LabelIndex(), fr, en };
    for (const entry of lexicon) {
      const skill = position.get(entry.uri);
      if (skill === undefined) continue;
      for (const lang of ['it', 'es', 'fr', 'en'] as const) {
        for (const label of entry.labels[lang] ?? []) lexiconIndexes[lang].add(skill, analyseTerms(label, lang), 1);
      }
    }
    for (const [lang, index] of Object.entries(lexiconIndexes)) {
      index.freeze();
      this.labelIndexes.set(lang as Lang, index);
    }
    this.descriptions.freeze();
    this.labelBags.freeze();
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
