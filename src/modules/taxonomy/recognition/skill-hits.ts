import { supportedLangs, type Lang } from '../taxonomy.types.js';
import { ScoreBoard } from './score-board.js';

const noLabel = -1;
const langIndex = Object.fromEntries(supportedLangs.map((lang, i) => [lang, i])) as Record<Lang, number>;

/** Skill scores of one text, with the label and language each best label match came from (for its span). */
export class SkillHits {
  readonly board: ScoreBoard;
  private readonly labels: Int32Array;
  private readonly langs: Uint8Array;
  /** Visiting order of the label behind each score (see offerLabelInOrder). */
  private readonly orders: Float64Array;

  constructor(skillCount: number) {
    this.board = new ScoreBoard(skillCount);
    this.labels = new Int32Array(skillCount).fill(noLabel);
    this.langs = new Uint8Array(skillCount);
    this.orders = new Float64Array(skillCount);
  }

  /** A label match: kept when it beats the skill's current score. */
  offerLabel(skill: number, score: number, label: number, lang: Lang): void {
    if (this.board.keepMax(skill, score)) this.setSource(skill, label, lang);
  }

  /**
   * A label match offered out of visiting order: kept when it beats the skill's score, or ties it and comes earlier
   * in `order`, so the label kept (and so the span) is the one offering labels in order would keep.
   * Only for the label phase on a cleared board, before any evidence.
   */
  offerLabelInOrder(skill: number, score: number, label: number, lang: Lang, order: number): void {
    const board = this.board;
    if (board.has(skill)) {
      const current = board.get(skill);
      if (score < current || (score === current && order >= this.orders[skill]!)) return;
    }
    board.set(skill, score);
    this.orders[skill] = order;
    this.setSource(skill, label, lang);
  }

  /** Evidence without a label (BM25, occupations): added to a skill already found, else the skill's first score. */
  addEvidence(skill: number, whenFound: number, whenNew: number, lang: Lang): void {
    if (this.board.has(skill)) this.board.add(skill, whenFound);
    else {
      this.board.set(skill, whenNew);
      this.setSource(skill, noLabel, lang);
    }
  }

  has(skill: number): boolean {
    return this.board.has(skill);
  }

  score(skill: number): number {
    return this.board.get(skill);
  }

  label(skill: number): number | undefined {
    const label = this.labels[skill]!;
    return label === noLabel ? undefined : label;
  }

  lang(skill: number): Lang {
    return supportedLangs[this.langs[skill]!]!;
  }

  /** Labels and languages need no reset: a skill gets its source whenever it first enters the board (see setSource). */
  clear(): void {
    this.board.clear();
  }

  private setSource(skill: number, label: number, lang: Lang): void {
    this.labels[skill] = label;
    this.langs[skill] = langIndex[lang];
  }
}
