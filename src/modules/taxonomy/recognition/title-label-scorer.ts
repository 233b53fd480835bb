import type { Lang } from '../taxonomy.types.js';
import type { LabelIndex } from './label-index.js';
import type { ScoreBoard } from './score-board.js';
import { TitleCoverageFactors } from './title-coverage.js';
import { otherWorkerForm } from '../text/worker-nouns.js';

export interface TitleScoring {
  /** Exponent on the share of the title explained by the label: titles carry noise ("senior", "m/f", places). */
  titleCoverage: number;
  /** Weight of the evidence from all matching labels together: an occupation named many ways in the title's words is likelier. */
  labelSupport: number;
  /** Weight of a title term's other worker form ("development" for "developer", see worker-nouns.ts); 0: the labels mark none. */
  otherWorkerForm: number;
}

/** A title analysed once, for every index it is matched against. */
export interface TitleQuery {
  lang: Lang;
  terms: string[];
}

/**
 * Scores the labels of one language's index against a title: label coverage × title coverage^k (a soft Dice),
 * times the label's weight. Keeps each occupation's best label in `best`
 * and the sum over its labels in `support`.
 */
export class TitleLabelScorer {
  private readonly factors = new TitleCoverageFactors();

  constructor(
    private readonly index: LabelIndex,
    private readonly scoring: TitleScoring,
  ) {}

  score(query: TitleQuery, best: ScoreBoard, support: ScoreBoard): void {
    best.clear();
    support.clear();
    const { index, scoring, factors } = this;
    factors.reset(index.queryMass(query.terms), scoring.titleCoverage);
    const { terms, weights } = scoring.otherWorkerForm > 0 ? this.withOtherWorkerForms(query.terms) : { terms: query.terms, weights: undefined };
    index.scan(
      terms,
      (label, concept, matched, coverage) => {
        const score = index.labelWeight(label) * coverage * factors.factor(matched);
        best.keepMax(concept, score);
        support.add(concept, score);
      },
      weights,
    );
  }

  /** The title's terms, then the other worker form of each that the index knows, weaker; the title's mass is its own terms'. */
  private withOtherWorkerForms(titleTerms: readonly string[]): { terms: readonly string[]; weights: number[] } {
    const terms = [...titleTerms];
    const weights = titleTerms.map(() => 1);
    for (const term of titleTerms) {
      const other = otherWorkerForm(term);
      if (this.index.has(other)) {
        terms.push(other);
        weights.push(this.scoring.otherWorkerForm);
      }
    }
    return { terms, weights };
  }
}
