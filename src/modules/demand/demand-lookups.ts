import type { EscoTaxonomy } from '../taxonomy/taxonomy.index.js';
import type { Lang } from '../taxonomy/taxonomy.types.js';
import type { DemandLookups } from './demand.compute.js';

/** An occupation counts as green or digital when at least a quarter of its essential skills are in that ESCO collection. */
const COLLECTION_SHARE = 0.25;

/** ESCO lookups for the demand model, memoised because 200k vacancies ask about the same few thousand concepts. */
export function taxonomyDemandLookups(taxonomy: EscoTaxonomy, lang: Lang = 'it'): DemandLookups {
  const occupations = new Map<string, ReturnType<DemandLookups['occupation']>>();
  const skills = new Map<string, ReturnType<DemandLookups['skill']>>();
  const isco = new Map(taxonomy.data.iscoGroups.map((g) => [g.code, g.labels[lang as 'it'] ?? g.labels.en]));
  const inCollection = (uri: string, name: string): boolean => taxonomy.getSkill(uri)?.collections.includes(name) ?? false;
  const share = (uris: readonly string[], name: string): number =>
    uris.length === 0 ? 0 : uris.filter((u) => inCollection(u, name)).length / uris.length;
  return {
    occupation(uri) {
      if (!occupations.has(uri)) {
        const o = taxonomy.getOccupation(uri);
        occupations.set(uri, o && {
          label: taxonomy.occupationLabel(uri, lang) ?? o.label,
          iscoGroup: o.iscoGroup,
          essentialSkills: o.essentialSkills,
          green: share(o.essentialSkills, 'green') >= COLLECTION_SHARE,
          digital: share(o.essentialSkills, 'digital') >= COLLECTION_SHARE,
        });
      }
      return occupations.get(uri);
    },
    skill(uri) {
      if (!skills.has(uri)) {
        const s = taxonomy.getSkill(uri);
        skills.set(uri, s && { label: taxonomy.skillLabel(uri, lang) ?? s.label, green: s.collections.includes('green'), digital: s.collections.includes('digital') });
      }
      return skills.get(uri);
    },
    iscoLabel: (code) => isco.get(code),
  };
}
