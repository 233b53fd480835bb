import { withPrior } from './occupation-prior.js';
import { LabelIndex, type LabelIndexSnapshot } from './label-index.js';
import type { ScoreBoard } from './score-board.js';
import { TitleCoverageFactors } from './title-coverage.js';
import type { PackedLists } from './packed-lists.js';

/** The CP2011 Italian titles as stored in the index file: entry i is titles' concept i. */
export interface Cp2011Snapshot {
  titles: LabelIndexSnapshot;
  /** The ESCO occupations (by number) the crosswalk gives each entry's CP2011 unit, and each relation's weight (same layout). */
  targets: PackedLists;
  targetWeights: Float64Array;
}

/** Italian job titles reaching ESCO through the CP2011 titles (and unit names) and the CP2011↔ESCO crosswalk. */
export class Cp2011Titles {
  private readonly titles: LabelIndex;
  private readonly factors = new TitleCoverageFactors();

  /** `leavesOut`: entries a caller keeps out of title scoring (a leave-one-out evaluation does); none in service. */
  constructor(
    readonly snapshot: Cp2011Snapshot,
    private readonly leavesOut?: (entry: number) => boolean,
  ) {
    this.titles = new LabelIndex(snapshot.titles);
  }

  /** Like TitleLabelScorer, with the same damped prior (see OccupationClassifier.scoreTitle). */
  score(terms: readonly string[], scores: ScoreBoard, weight: number, titleCoverage: number, prior: Float64Array): void {
    const queryMass = this.titles.queryMass(terms);
    const { offsets, values } = this.snapshot.targets;
    const { targetWeights } = this.snapshot;
    const { leavesOut, factors } = this;
    factors.reset(queryMass, titleCoverage);
    this.titles.scan(terms, (_label, entry, matched, coverage) => {
      if (leavesOut?.(entry)) return;
      const titleFactor = factors.factor(matched);
      const base = coverage * titleFactor;
      for (let i = offsets[entry]!; i < offsets[entry + 1]!; i += 1) {
        const occupation = values[i]!;
        const score = base * targetWeights[i]!;
        scores.keepMax(occupation, weight * withPrior(score, prior[occupation]!, score));
      }
    });
  }

  /** Occupations whose CP2011 title appears whole in a longer text. */
  mentionedIn(stems: readonly string[], mentions: ScoreBoard): void {
    const { offsets, values } = this.snapshot.targets;
    const { targetWeights } = this.snapshot;
    this.titles.scanWhole(stems, (_label, entry, matched) => {
      for (let i = offsets[entry]!; i < offsets[entry + 1]!; i += 1) mentions.keepMax(values[i]!, matched * targetWeights[i]!);
    });
  }
}
