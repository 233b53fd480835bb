import type { Lang } from '../taxonomy.types.js';
import type { LabelIndex } from './label-index.js';
import type { SkillHits } from './skill-hits.js';

/** How a label match is scored: (coverage ^ coveragePower) × (matched mass ^ massPower), times the label's weight. */
export interface LabelShape {
  coveragePower: number;
  massPower: number;
}

/**
 * Every label sharing a term with the text offers its score to its skill; a skill keeps its best label, and on a tie
 * the first label a scan in query order would visit. `hits` must be cleared and hold no other evidence yet.
 */
export function offerLabelMatches(index: LabelIndex, stems: readonly string[], shape: LabelShape, lang: Lang, hits: SkillHits): void {
  // Math.pow(x, 1) is x and Math.pow(x, 0) is 1 exactly: the default shape needs no pow at all.
  if (shape.coveragePower === 1 && shape.massPower === 0) {
    index.gatherMultiTerm(stems);
    offerPlainLabelMatches(index, lang, hits);
  } else {
    index.gather(stems);
    offerShapedLabelMatches(index, shape, lang, hits);
  }
}

/** Label by label, in the order index.gather() touched them. */
export function offerShapedLabelMatches(index: LabelIndex, { coveragePower, massPower }: LabelShape, lang: Lang, hits: SkillHits): void {
  for (let i = 0; i < index.touchedLabelCount; i += 1) {
    const label = index.touchedLabel(i);
    const shaped = Math.pow(index.coverageOf(label), coveragePower) * Math.pow(index.matchedOf(label), massPower);
    hits.offerLabel(index.conceptOf(label), index.labelWeight(label) * shaped, label, lang);
  }
}

/**
 * The plain shape (weight × coverage) after index.gatherMultiTerm(), without visiting every touched label: labels
 * holding a single query term come per concept from the index's single-term bests, and only labels holding two or
 * more are scored one by one. Same scores and same labels as offerShapedLabelMatches with powers 1 and 0.
 */
export function offerPlainLabelMatches(index: LabelIndex, lang: Lang, hits: SkillHits): void {
  const best = index.singleTermBest();
  // These come in visiting order (query term order, a concept once per term): the first of equal scores stays.
  for (let q = 0; q < index.queryTermCount; q += 1) {
    const term = index.queryTermId(q);
    hits.offerLabels(best.concepts, best.scores, best.labels, best.offsets[term]!, best.offsets[term + 1]!, lang);
  }
  for (let i = 0; i < index.touchedLabelCount; i += 1) {
    const label = index.touchedLabel(i);
    offerInScanOrder(index, hits, index.conceptOf(label), index.labelWeight(label) * index.coverageOf(label), label, lang);
  }
}

/**
 * Offers a label out of scan order and keeps what a scan would: the higher score, and on a tie the label the scan
 * visits first. Ties are rare, so the visiting order is worked out only then.
 */
function offerInScanOrder(index: LabelIndex, hits: SkillHits, skill: number, score: number, label: number, lang: Lang): void {
  if (hits.has(skill)) {
    const current = hits.score(skill);
    if (score < current || (score === current && (label === hits.label(skill) || !index.visitsBefore(label, hits.label(skill)!)))) return;
  }
  hits.placeLabel(skill, score, label, lang);
}
