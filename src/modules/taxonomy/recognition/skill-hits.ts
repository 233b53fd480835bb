import { supportedLangs, type Lang } from '../taxonomy.types.js';
import { ScoreBoard } from './score-board.js';

const noLabel = -1;
const langIndex = Object.fromEntries(supportedLangs.map((lang, i) => [lang, i])) as Record<Lang, number>;

/** Skill scores of one text, with the label and language each best label match came from (for its span). */
export class SkillHits {
  readonly board: ScoreBoard;
  private readonly labels: Int32Array;
  private readonly langs: Uint8Array;

  constructor(skillCount: number) {
    this.board = new ScoreBoard(skillCount);
    this.labels = new Int32Array(skillCount).fill(noLabel);
    this.langs = new Uint8Array(skillCount);
  }

  /** A label match: kept when it beats the skill's current score. */
  offerLabel(skill: number, score: number, label: number, lang: Lang): void {
    if (this.board.keepMax(skill, score)) this.setSource(skill, label, lang);
  }

  /**
   * Label matches in visiting order (concepts[i] offered scores[i] through labels[i], for i in from..to): each kept
   * when it beats its skill's score, as offerLabel() does. One loop here rather than a call per offer: a sentence
   * makes thousands of offers.
   */
  offerLabels(concepts: Int32Array, scores: Float64Array, labels: Int32Array, from: number, to: number, lang: Lang): void {
    const board = this.board;
    const code = langIndex[lang];
    for (let i = from; i < to; i += 1) {
      const skill = concepts[i]!;
      if (board.keepMax(skill, scores[i]!)) {
        this.labels[skill] = labels[i]!;
        this.langs[skill] = code;
      }
    }
  }

  /** A label match that the caller has already found to beat the skill's current one. */
  placeLabel(skill: number, score: number, label: number, lang: Lang): void {
    this.board.set(skill, score);
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

  /**
   * Evidence from a whole board of raw scores (BM25), each scaled to weight × raw / max: added to skills already
   * found, else their first score. The same as addEvidence() per key, in one loop: a sentence touches thousands.
   */
  addScaledEvidence(raw: ScoreBoard, weight: number, max: number, lang: Lang): void {
    const board = this.board;
    const code = langIndex[lang];
    const keys = raw.keys();
    for (let i = 0; i < keys.length; i += 1) {
      const skill = keys[i]!;
      const add = (weight * raw.get(skill)) / max;
      if (board.has(skill)) board.add(skill, add);
      else {
        board.set(skill, add);
        this.labels[skill] = noLabel;
        this.langs[skill] = code;
      }
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
