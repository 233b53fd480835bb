import type { ConceptRecognizer, Lang, TaxonomyIndex } from '../taxonomy/taxonomy.types.js';
import { supportedLangs } from '../taxonomy/taxonomy.types.js';
import type { RecordLocation } from './matching.records.js';
import type { Place } from './match-profile.types.js';
import { FeatureDictionary } from './sparse-vector.js';
import { memoRecognizer } from './memo-recognizer.js';
import { createProfileMemo, type ProfileMemo } from './profile-memo.js';

/** Turns a record's location into coordinates (and a province), e.g. from the comuni reference data. */
export type LocationResolver = (location: RecordLocation | undefined) => Place | undefined;

/** Everything the profile builders and the scorer share; built once per process. */
export interface MatchContext {
  taxonomy: TaxonomyIndex;
  recognizer: ConceptRecognizer;
  resolveLocation: LocationResolver;
  dictionary: FeatureDictionary;
  /** Skill → skills one step away (ESCO skill relations, broader and narrower skills). */
  skillNeighbours(uri: string): readonly string[];
  memo: ProfileMemo;
}

/** Uses the record's own coordinates when it has them; no comune lookup. */
export const coordinatesFromRecord: LocationResolver = (location) =>
  location && typeof location.lat === 'number' && typeof location.lon === 'number'
    ? { lat: location.lat, lon: location.lon }
    : undefined;

export function createMatchContext(options: {
  taxonomy: TaxonomyIndex;
  recognizer: ConceptRecognizer;
  resolveLocation?: LocationResolver;
}): MatchContext {
  const { taxonomy, recognizer } = options;
  let narrower: Map<string, string[]> | undefined;
  const neighbourCache = new Map<string, readonly string[]>();
  const skillNeighbours = (uri: string): readonly string[] => {
    const cached = neighbourCache.get(uri);
    if (cached) return cached;
    narrower ??= buildNarrowerSkills(taxonomy);
    const broader = (taxonomy.getSkill(uri)?.broader ?? []).filter((b) => taxonomy.getSkill(b) !== undefined);
    const found = [...new Set([...taxonomy.relatedSkills(uri), ...broader, ...(narrower.get(uri) ?? [])])]
      .filter((n) => n !== uri)
      .sort();
    neighbourCache.set(uri, found);
    return found;
  };
  return {
    taxonomy,
    recognizer: memoRecognizer(recognizer),
    resolveLocation: options.resolveLocation ?? coordinatesFromRecord,
    dictionary: new FeatureDictionary(),
    skillNeighbours,
    memo: createProfileMemo(),
  };
}

function buildNarrowerSkills(taxonomy: TaxonomyIndex): Map<string, string[]> {
  const narrower = new Map<string, string[]>();
  for (const skill of taxonomy.allSkills()) {
    for (const parent of skill.broader) {
      if (!taxonomy.getSkill(parent)) continue;
      const list = narrower.get(parent) ?? [];
      list.push(skill.uri);
      narrower.set(parent, list);
    }
  }
  return narrower;
}

/** The record's language when it is one the taxonomy speaks, else detected from the text. */
export function resolveLang(context: MatchContext, declared: string | undefined, text: string): Lang {
  if (declared && (supportedLangs as readonly string[]).includes(declared)) return declared as Lang;
  return text.trim() ? context.recognizer.detectLanguage(text) : 'it';
}
