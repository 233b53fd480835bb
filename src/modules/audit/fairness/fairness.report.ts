import { fairnessAttributes, groupsOf, type FairnessAttribute, type ProtectedAttributes } from './protected-groups.js';

/** One candidate as the audit sees them: protected attributes plus what the system did for them. */
export interface FairnessRecord {
  protected: ProtectedAttributes;
  /** Best match score (0–100) the candidate received, when matched at all. */
  score?: number;
  recommended: boolean;
  placed: boolean;
}

export interface ScoreDistribution {
  mean: number;
  p25: number;
  median: number;
  p75: number;
}

export interface GroupFigures {
  group: string;
  n: number;
  scores?: ScoreDistribution;
  recommendationRate: number;
  placementRate: number;
  /** This group's rate over the best group's rate; below 0.8 breaks the four-fifths rule. */
  recommendationDisparity: number;
  placementDisparity: number;
  flagged: boolean;
}

export interface AttributeReport {
  attribute: FairnessAttribute;
  groups: GroupFigures[];
  /** How many candidates sat in groups smaller than k; their groups are not named. */
  suppressedCandidates: number;
}

export interface FairnessReport {
  generatedAt: string;
  candidates: number;
  minGroupSize: number;
  fourFifthsThreshold: number;
  attributes: AttributeReport[];
}

const fourFifths = 0.8;
const round = (x: number, digits = 3): number => Math.round(x * 10 ** digits) / 10 ** digits;

function quantile(sorted: number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

export function distributionOf(scores: number[]): ScoreDistribution | undefined {
  if (scores.length === 0) return undefined;
  const sorted = [...scores].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, s) => sum + s, 0) / sorted.length;
  return { mean: round(mean, 1), p25: round(quantile(sorted, 0.25), 1), median: round(quantile(sorted, 0.5), 1), p75: round(quantile(sorted, 0.75), 1) };
}

function figuresFor(group: string, members: FairnessRecord[]): Omit<GroupFigures, 'recommendationDisparity' | 'placementDisparity' | 'flagged'> {
  const scores = members.flatMap((m) => (m.score === undefined ? [] : [m.score]));
  const distribution = distributionOf(scores);
  return {
    group,
    n: members.length,
    ...(distribution ? { scores: distribution } : {}),
    recommendationRate: round(members.filter((m) => m.recommended).length / members.length),
    placementRate: round(members.filter((m) => m.placed).length / members.length),
  };
}

/** Disparity against the best-off reported group, as in the EEOC four-fifths rule of thumb. */
function withDisparity(groups: ReturnType<typeof figuresFor>[]): GroupFigures[] {
  const bestRecommendation = Math.max(0, ...groups.map((g) => g.recommendationRate));
  const bestPlacement = Math.max(0, ...groups.map((g) => g.placementRate));
  return groups.map((g) => {
    const recommendationDisparity = bestRecommendation > 0 ? round(g.recommendationRate / bestRecommendation) : 1;
    const placementDisparity = bestPlacement > 0 ? round(g.placementRate / bestPlacement) : 1;
    return { ...g, recommendationDisparity, placementDisparity, flagged: recommendationDisparity < fourFifths || placementDisparity < fourFifths };
  });
}

function reportAttribute(attribute: FairnessAttribute, records: FairnessRecord[], labels: string[], k: number): AttributeReport {
  const byGroup = new Map<string, FairnessRecord[]>();
  records.forEach((record, i) => {
    const members = byGroup.get(labels[i]!);
    if (members) members.push(record);
    else byGroup.set(labels[i]!, [record]);
  });
  const reported = [...byGroup].filter(([, members]) => members.length >= k).sort(([a], [b]) => a.localeCompare(b));
  const suppressedCandidates = [...byGroup.values()].filter((members) => members.length < k).reduce((sum, m) => sum + m.length, 0);
  return { attribute, groups: withDisparity(reported.map(([group, members]) => figuresFor(group, members))), suppressedCandidates };
}

/** Pure: the same records give the same report, so it runs from the API, the CLI and tests alike. */
export function buildFairnessReport(records: FairnessRecord[], options: { minGroupSize: number; referenceYear: number; now?: Date }): FairnessReport {
  const groups = records.map((r) => groupsOf(r.protected, options.referenceYear));
  return {
    generatedAt: (options.now ?? new Date()).toISOString(),
    candidates: records.length,
    minGroupSize: options.minGroupSize,
    fourFifthsThreshold: fourFifths,
    attributes: fairnessAttributes.map((attribute) => reportAttribute(attribute, records, groups.map((g) => g[attribute]), options.minGroupSize)),
  };
}
