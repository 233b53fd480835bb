import type { Lang } from '../taxonomy.types.js';
import type { OccupationRecord } from '../taxonomy.records.js';
import { analyse, type Term } from '../text/analyzer.js';
import { markWorkerNouns } from '../text/worker-nouns.js';

export interface OccupationLabel {
  text: string;
  /** Its weight is labelWeights[kind]. */
  kind: keyof typeof labelWeights;
}

/*
 * How much a label says about its occupation. An alternative label is a little weaker than the preferred one: ESCO
 * gathers under it related job names ("sales executive" under *sales manager*). Hidden labels are misspellings and
 * jargon. 0.85 for alternative labels came from 0.8/0.85/0.9/0.95 on the even rows of the English dev titles (the odd
 * rows agreed; docs/taxonomy.md).
 */
export const labelWeights = { preferred: 1, alternative: 0.85, hidden: 0.8 };

/**
 * The labels an occupation is recognised by in one language. Gendered Italian/French/Spanish preferred labels
 * ("cameriere/cameriera") are split in two.
 */
export function occupationLabelsIn(record: OccupationRecord, lang: Lang): OccupationLabel[] {
  const set = record.labels[lang];
  if (!set) return [];
  const labels: OccupationLabel[] = [];
  for (const part of set.pref.split(/\s*\/\s*/)) labels.push({ text: part, kind: 'preferred' });
  for (const alt of set.alt ?? []) labels.push({ text: alt, kind: 'alternative' });
  for (const hidden of set.hidden ?? []) labels.push({ text: hidden, kind: 'hidden' });
  return labels;
}

/*
 * A one-word alternative label such as "driver", "supervisor" or "retailer" is a word many occupations' labels use,
 * yet ESCO files it under one of them (*hearse driver*, *oil refinery control room operator*, *retail entrepreneur*).
 * A title that is just that word is as likely to mean any of the others, so such a label counts a little less once
 * the word is in the labels of `genericWordOccupations` occupations or more (5 and ×0.7 from a grid on the even rows
 * of the English dev titles).
 */
export const genericLabel = { occupations: 5, weight: 0.7 };

/** The terms a text is matched on against occupation labels: English worker nouns marked (see worker-nouns.ts). */
export function occupationQueryTerms(terms: readonly Term[], lang: Lang): string[] {
  return lang === 'en' ? markWorkerNouns(terms) : terms.map((t) => t.term);
}

export interface AnalysedOccupationLabel {
  occupation: number;
  terms: string[];
  weight: number;
}

/** Every occupation's labels in `lang`, analysed, with one-word alternative labels of generic words discounted. */
export function analysedOccupationLabels(records: readonly OccupationRecord[], lang: Lang): AnalysedOccupationLabel[] {
  const labels = records.flatMap((record, occupation) =>
    occupationLabelsIn(record, lang).map((l) => ({ occupation, terms: occupationQueryTerms(analyse(l.text, lang), lang), weight: labelWeights[l.kind], preferred: l.kind === 'preferred' })),
  );
  const occupationsUsing = new Map<string, Set<number>>();
  for (const label of labels) {
    for (const term of label.terms) {
      let users = occupationsUsing.get(term);
      if (!users) occupationsUsing.set(term, (users = new Set()));
      users.add(label.occupation);
    }
  }
  return labels.map(({ occupation, terms, weight, preferred }) => {
    const generic = !preferred && terms.length === 1 && (occupationsUsing.get(terms[0]!)?.size ?? 0) >= genericLabel.occupations;
    return { occupation, terms, weight: generic ? weight * genericLabel.weight : weight };
  });
}
