import type { TaxonomyData } from '../taxonomy.records.js';

/*
 * How likely an occupation is to be the one a vacancy title means, before reading the title, from ESCO and the
 * Italian classification alone. Two signals, each one global weight tuned on half of the English dev titles and
 * confirmed on the other half (docs/taxonomy.md):
 * - an occupation with narrower ESCO occupations is an umbrella ("sales manager", "cook", "welder"); vacancies name
 *   the specific job, so umbrellas lose a share;
 * - the more CP2011 detailed job titles the crosswalk gathers under an occupation, the more ways the labour market
 *   has to name it: a common occupation gains up to `commonness` (log-scaled: 200 titles give `commonness`, more give a little more).
 */
export const occupationPriorWeights = { umbrella: 0.5, commonness: 1 };

const commonTitleCount = 200;

export function buildOccupationPrior(data: TaxonomyData, weights = occupationPriorWeights): Float64Array {
  const hasNarrower = new Set(data.occupations.map((o) => o.broader).filter((b): b is string => b !== undefined));
  const titlesPerUnit = new Map<string, number>();
  for (const title of data.cp2011Titles) titlesPerUnit.set(title.unit, (titlesPerUnit.get(title.unit) ?? 0) + 1);
  const titlesPerOccupation = new Map<string, number>();
  for (const link of data.crosswalk) titlesPerOccupation.set(link.esco, (titlesPerOccupation.get(link.esco) ?? 0) + (titlesPerUnit.get(link.cp) ?? 0));
  return Float64Array.from(data.occupations, (o) => {
    const umbrella = hasNarrower.has(o.uri) ? 1 - weights.umbrella : 1;
    const commonness = Math.log1p(titlesPerOccupation.get(o.uri) ?? 0) / Math.log(commonTitleCount);
    return umbrella * (1 + weights.commonness * commonness);
  });
}

/**
 * A score with the occupation prior applied: the prior decides between partial matches, so its effect shrinks as the
 * match strength (0..1) grows, and a label that is the whole title keeps its score.
 */
export function withPrior(score: number, prior: number, matchStrength: number): number {
  return score * (1 + (prior - 1) * Math.max(0, 1 - matchStrength));
}
