import { ScoreBoard } from './score-board.js';
import { TermDictionary, type PackedLists } from './packed-lists.js';

/**
 * The skill route as stored in the index file. A title often names a skill rather than an occupation ("Java
 * Developer", "Payroll Officer"): the skill labels it covers lead to the occupations that need those skills.
 */
export interface OccupationSkillRouteSnapshot {
  terms: string[];
  idf: Float64Array;
  /**
   * Term t's postings are p in [postingOffsets[t], postingOffsets[t + 1]): the skill labels t can make recognisable
   * (see occupation-skill-route-builder.ts), not every label holding t. Each posting carries its label's skill, IDF
   * mass and terms, so a title reads its postings in sequence instead of jumping to each label.
   */
  postingOffsets: Int32Array;
  postingSkill: Int32Array;
  postingMass: Float64Array;
  postingTerms: PackedLists;
  /** The occupations needing each skill, with the weight of the link. */
  skillOccupations: PackedLists;
  skillWeights: Float64Array;
}

/** A skill label counts when the title holds at least this share of its IDF mass ("payroll" of "manage payroll"). */
export const minSkillLabelCoverage = 0.5;

export class OccupationSkillRoute {
  private readonly dictionary: TermDictionary;
  private readonly inTitle: Uint8Array;
  private readonly skills: ScoreBoard;

  constructor(readonly snapshot: OccupationSkillRouteSnapshot) {
    this.dictionary = new TermDictionary(snapshot.terms);
    this.inTitle = new Uint8Array(snapshot.terms.length);
    this.skills = new ScoreBoard(snapshot.skillOccupations.offsets.length - 1);
  }

  /** Adds `weight` × the skill-route score per occupation, scaled to 0..1 by the best one; `board` is scratch. */
  score(terms: readonly string[], scores: ScoreBoard, board: ScoreBoard, weight: number): void {
    const ids = this.markTitle(terms);
    this.skills.clear();
    for (const id of ids) this.coverLabelsOf(id);
    for (const id of ids) this.inTitle[id] = 0;
    board.clear();
    const { offsets, values } = this.snapshot.skillOccupations;
    const { skillWeights } = this.snapshot;
    for (const skill of this.skills.keys()) {
      const coverage = this.skills.get(skill);
      for (let i = offsets[skill]!; i < offsets[skill + 1]!; i += 1) board.add(values[i]!, coverage * skillWeights[i]!);
    }
    const max = board.max();
    if (max <= 0) return;
    for (const occupation of board.keys()) scores.add(occupation, (weight * board.get(occupation)) / max);
  }

  /** The title's distinct known terms, flagged in `inTitle`. */
  private markTitle(terms: readonly string[]): number[] {
    const ids: number[] = [];
    for (const term of terms) {
      const id = this.dictionary.idOf(term);
      if (id === undefined || this.inTitle[id] === 1) continue;
      this.inTitle[id] = 1;
      ids.push(id);
    }
    return ids;
  }

  /** Keeps, per skill, the best coverage of its labels posted under `term` (a label met twice gives the same value). */
  private coverLabelsOf(term: number): void {
    const { postingOffsets, postingSkill, postingMass, postingTerms, idf } = this.snapshot;
    const { offsets, values } = postingTerms;
    const { inTitle, skills } = this;
    const end = postingOffsets[term + 1]!;
    for (let p = postingOffsets[term]!; p < end; p += 1) {
      let matched = 0;
      for (let t = offsets[p]!; t < offsets[p + 1]!; t += 1) {
        const labelTerm = values[t]!;
        if (inTitle[labelTerm] === 1) matched += idf[labelTerm]!;
      }
      const mass = postingMass[p]!;
      if (matched >= minSkillLabelCoverage * mass) skills.keepMax(postingSkill[p]!, matched / mass);
    }
  }
}
