import type { Lang } from '../taxonomy.types.js';
import type { OccupationRecord } from '../taxonomy.records.js';

export interface WeightedLabel {
  text: string;
  weight: number;
}

/**
 * The labels an occupation is recognised by in one language. Gendered Italian/French/Spanish preferred labels
 * ("cameriere/cameriera") are split in two; hidden labels (frequent misspellings and jargon) count a little less.
 */
export function occupationLabelsIn(record: OccupationRecord, lang: Lang): WeightedLabel[] {
  const set = record.labels[lang];
  if (!set) return [];
  const labels: WeightedLabel[] = [];
  for (const part of set.pref.split(/\s*\/\s*/)) labels.push({ text: part, weight: 1 });
  for (const alt of set.alt ?? []) labels.push({ text: alt, weight: 0.95 });
  for (const hidden of set.hidden ?? []) labels.push({ text: hidden, weight: 0.8 });
  return labels;
}
