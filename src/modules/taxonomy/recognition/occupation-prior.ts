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
const priorWeights = { umbrella: 0.5, commonness: 1 };

const commonTitleCount = 200;

/** How many ESCO occupations name each occupation (or ISCO group) as their broader one. */
function narrowerCounts(data: TaxonomyData): Map<string, number> {
  const narrower = new Map<string, number>();
  for (const o of data.occupations) if (o.broader) narrower.set(o.broader, (narrower.get(o.broader) ?? 0) + 1);
  return narrower;
}

export function buildOccupationPrior(data: TaxonomyData): Float64Array {
  const narrower = narrowerCounts(data);
  const titlesPerUnit = new Map<string, number>();
  for (const title of data.cp2011Titles) titlesPerUnit.set(title.unit, (titlesPerUnit.get(title.unit) ?? 0) + 1);
  const titlesPerOccupation = new Map<string, number>();
  for (const link of data.crosswalk) titlesPerOccupation.set(link.esco, (titlesPerOccupation.get(link.esco) ?? 0) + (titlesPerUnit.get(link.cp) ?? 0));
  return Float64Array.from(data.occupations, (o) => {
    const umbrella = narrower.has(o.uri) ? 1 - priorWeights.umbrella : 1;
    const commonness = Math.log1p(titlesPerOccupation.get(o.uri) ?? 0) / Math.log(commonTitleCount);
    return umbrella * (1 + priorWeights.commonness * commonness);
  });
}

/*
 * How specific an occupation is, from the shape of ESCO alone: a vacancy title names a job at the level employers
 * hire for, not its umbrella and not a rare specialisation. Applied to every match, exact label matches included
 * (unlike the prior above), because "sales executive" is an alternative label of the umbrella *sales manager* while
 * ads with that title are for the specific sales jobs under it. Log-linear in four signals, weights tuned on the even
 * rows of the English dev titles and checked on the odd rows (docs/taxonomy.md, *Specificity prior*):
 * - each narrower ESCO occupation takes a share: (1 + narrower)^-0.2;
 * - each level of ESCO code below the ISCO unit group ("2512.4.1" is two levels down) takes a share: the deeper, the
 *   rarer the specialisation;
 * - a long description goes with specialised, often regulated, jobs;
 * - more essential skills go with occupations ESCO describes fully, the commonly hired ones.
 */
const specificityWeights = { narrower: 0.2, depth: 0.075, descriptionLength: 0.075, essentialSkills: 0.05 };

/** Each occupation's specificity factor, scaled so that the mean factor is 1 (scores keep their usual range). */
export function buildOccupationSpecificity(data: TaxonomyData): Float64Array {
  const narrower = narrowerCounts(data);
  const weights = specificityWeights;
  const logFactors = data.occupations.map(
    (o) =>
      -weights.narrower * Math.log1p(narrower.get(o.uri) ?? 0) -
      weights.depth * o.code.split('.').length -
      weights.descriptionLength * Math.log1p(o.desc.en?.length ?? 0) +
      weights.essentialSkills * Math.log1p(o.essential?.length ?? 0),
  );
  const mean = logFactors.reduce((sum, f) => sum + Math.exp(f), 0) / Math.max(1, logFactors.length);
  return Float64Array.from(logFactors, (f) => Math.exp(f) / mean);
}

/**
 * A score with the occupation prior applied: the prior decides between partial matches, so its effect shrinks as the
 * match strength (0..1) grows, and a label that is the whole title keeps its score.
 */
export function withPrior(score: number, prior: number, matchStrength: number): number {
  return score * (1 + (prior - 1) * Math.max(0, 1 - matchStrength));
}
