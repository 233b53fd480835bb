import type { TaxonomyData } from '../taxonomy.records.js';
import { analyseTerms } from '../text/analyzer.js';
import { invertLists, packLists } from './packed-lists.js';
import { minSkillLabelCoverage, type OccupationSkillRouteSnapshot } from './occupation-skill-route.js';

/*
 * An optional skill says less about an occupation than an essential one (0.5 beat 0 and 1 on the even dev rows).
 * Each link is weighted by the skill's IDF over occupations (a skill many occupations need names none of them) and
 * divided by √(skills of the occupation), so occupations with long skill lists do not win on volume.
 */
const optionalSkillWeight = 0.5;

export function buildOccupationSkillRoute(data: TaxonomyData): OccupationSkillRouteSnapshot {
  const links = occupationLinksPerSkill(data);
  const termIds = new Map<string, number>();
  const labels: { skill: number; terms: number[] }[] = [];
  data.skills.forEach((s, skill) => {
    if (links[skill]!.length === 0) return;
    for (const label of [s.label, ...(s.alt ?? [])]) {
      const terms = [...new Set(analyseTerms(label, 'en'))].map((t) => termIds.get(t) ?? termIds.set(t, termIds.size).size - 1);
      if (terms.length > 0) labels.push({ skill, terms });
    }
  });
  const df = new Int32Array(termIds.size);
  for (const l of labels) for (const t of l.terms) df[t]! += 1;
  const idf = Float64Array.from(df, (n) => Math.log(1 + labels.length / n));
  const mass = labels.map((l) => l.terms.reduce((sum, t) => sum + idf[t]!, 0));
  const postings = invertLists(termIds.size, labels.map((l, i) => decisiveTerms(l.terms, idf, mass[i]!)));
  const postedLabels = [...postings.values];
  return {
    terms: [...termIds.keys()],
    idf,
    postingOffsets: postings.offsets,
    postingSkill: Int32Array.from(postedLabels, (label) => labels[label]!.skill),
    postingMass: Float64Array.from(postedLabels, (label) => mass[label]!),
    postingTerms: packLists(postedLabels.map((label) => labels[label]!.terms)),
    skillOccupations: packLists(links.map((list) => list.map((l) => l.occupation))),
    skillWeights: Float64Array.from(links.flat(), (l) => l.weight),
  };
}

/**
 * The terms a label is posted under: a title covering enough of the label must hold one of them, since the lighter
 * terms together stay under the coverage needed. "manag" is not posted for "manage payroll", which keeps the lists
 * of common stems short (docs/taxonomy.md has the figures).
 */
function decisiveTerms(terms: readonly number[], idf: Float64Array, mass: number): number[] {
  const byWeight = [...terms].sort((a, b) => idf[a]! - idf[b]! || a - b);
  let light = 0;
  let first = 0;
  while (first < byWeight.length && light + idf[byWeight[first]!]! < minSkillLabelCoverage * mass) light += idf[byWeight[first++]!]!;
  return byWeight.slice(first);
}

function occupationLinksPerSkill(data: TaxonomyData): { occupation: number; weight: number }[][] {
  const skillNumber = new Map(data.skills.map((s, i) => [s.uri, i]));
  const links = data.skills.map(() => [] as { occupation: number; weight: number }[]);
  data.occupations.forEach((o, occupation) => {
    for (const uri of o.essential ?? []) links[skillNumber.get(uri) ?? -1]?.push({ occupation, weight: 1 });
    for (const uri of o.optional ?? []) links[skillNumber.get(uri) ?? -1]?.push({ occupation, weight: optionalSkillWeight });
  });
  const skillMass = data.occupations.map((o) => (o.essential?.length ?? 0) + optionalSkillWeight * (o.optional?.length ?? 0));
  return links.map((list) => {
    const idf = Math.log(data.occupations.length / (1 + list.reduce((sum, l) => sum + l.weight, 0)));
    return list.map((l) => ({ occupation: l.occupation, weight: (l.weight * idf) / Math.sqrt(skillMass[l.occupation]!) }));
  });
}
