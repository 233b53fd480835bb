import type { Lang } from '../taxonomy/taxonomy.types.js';
import { digestKey } from './bounded-memo.js';
import type { MatchContext } from './match-context.js';
import type { OccupationFeatures } from './match-profile.types.js';
import type { RecognisedSkills } from './profile-memo.js';
import { weakMemo } from './profile-memo.js';
import { classifiedOccupationConfidence } from './scoring-weights.js';
import { vectorFromIds, type SparseVector } from './sparse-vector.js';
import { termCounts } from './text-analysis.js';

export interface WeightedOccupation {
  uri: string;
  confidence: number;
}

/** Keeps the higher weight when a key is seen twice. */
export function putMax<K>(map: Map<K, number>, key: K, weight: number): void {
  if (weight > (map.get(key) ?? 0)) map.set(key, weight);
}

/**
 * Classifies a job title into ESCO occupations. Only the top three, and only those scoring at least
 * half the best, so a vague title does not spread confidence over unrelated jobs.
 */
export function classifyTitle(context: MatchContext, title: string, lang: Lang, text?: string): WeightedOccupation[] {
  if (!title.trim()) return [];
  const found = context.recognizer.classifyOccupation(title, { lang, top: 3, text });
  const best = found[0]?.score ?? 0;
  return found
    .filter((o, rank) => rank === 0 || o.score >= best / 2)
    .map((o, rank) => ({ uri: o.uri, confidence: classifiedOccupationConfidence[rank] ?? 0 }));
}

/** The memo key of everything derived from a list of weighted occupations. */
export function occupationSignature(occupations: readonly WeightedOccupation[]): string {
  return occupations.length === 1 ? `${occupations[0]!.uri} ${occupations[0]!.confidence}` : occupations.map((o) => `${o.uri} ${o.confidence}`).join('|');
}

/** Projects occupations onto the ESCO occupation, its ISCO unit group and its ISCO minor group. */
export function occupationFeatures(context: MatchContext, occupations: readonly WeightedOccupation[]): OccupationFeatures {
  return context.memo.occupationFeatures.get(occupationSignature(occupations), () => projectOccupations(context, occupations));
}

function projectOccupations(context: MatchContext, occupations: readonly WeightedOccupation[]): OccupationFeatures {
  const { dictionary } = context;
  const occ = new Map<number, number>();
  const unit = new Map<number, number>();
  const minor = new Map<number, number>();
  let hierarchical = true;
  for (const { uri, confidence } of occupations) {
    const concept = context.taxonomy.getOccupation(uri);
    if (!concept) continue;
    putMax(occ, dictionary.internFeature('o', uri), confidence);
    if (/^\d{4}$/.test(concept.iscoGroup)) {
      putMax(unit, dictionary.internFeature('u', concept.iscoGroup), confidence);
      putMax(minor, dictionary.internFeature('m', concept.iscoGroup.slice(0, 3)), confidence);
    } else if (confidence > 0) {
      hierarchical = false;
    }
  }
  return { occupations: vectorFromIds(occ), unitGroups: vectorFromIds(unit), minorGroups: vectorFromIds(minor), hierarchical };
}

/** Unit-length term weights of the texts together: 1 + ln tf per text, summed over the texts. */
export function termVector(context: MatchContext, texts: readonly string[], lang: Lang): SparseVector {
  const kind = `t:${lang}`;
  const weights = new Map<number, number>();
  for (const text of texts) {
    for (const [term, tf] of termCounts(text, lang)) {
      const id = context.dictionary.internFeature(kind, term);
      weights.set(id, (weights.get(id) ?? 0) + 1 + Math.log(tf));
    }
  }
  return vectorFromIds(weights, true);
}

/**
 * `termVector`, memoised by a SHA-256 digest of the language and the texts (`digestKey`). Templated texts
 * (feeds, the bench market) repeat and then share one vector; a CV almost never repeats (0 hits on the demo
 * data), and a key holding the texts themselves kept 0.7–1.6 KB per profile alive in the memo for nothing.
 * A digest collision is not a practical concern at 2^-128.
 */
export function textTerms(context: MatchContext, texts: readonly string[], lang: Lang): SparseVector {
  return context.memo.terms.get(digestKey(lang, ...texts), () => termVector(context, texts, lang));
}

/** The ESCO concepts named in a text (skills, and the occupations given), as a unit-length vector. */
export function conceptVector(context: MatchContext, recognised: RecognisedSkills, occupations: readonly WeightedOccupation[]): SparseVector {
  return weakMemo(context.memo.concepts, recognised, occupationSignature(occupations), () => {
    const weights = new Map<number, number>();
    for (const uri of recognised.uris) putMax(weights, context.dictionary.internFeature('c', uri), 1);
    for (const o of occupations) putMax(weights, context.dictionary.internFeature('c', o.uri), 2 * o.confidence);
    return vectorFromIds(weights, true);
  });
}

const noSkills: RecognisedSkills = { uris: [], ids: new Int32Array(0) };

export function recogniseSkills(context: MatchContext, text: string, lang: Lang, top = 15): RecognisedSkills {
  if (!text.trim()) return noSkills;
  const found = context.recognizer.extractSkills(text, { lang, top });
  let recognised = context.memo.recognised.get(found);
  if (!recognised) {
    const uris = found.map((s) => s.uri);
    recognised = { uris, ids: Int32Array.from(uris, (uri) => context.dictionary.internFeature('s', uri)) };
    context.memo.recognised.set(found, recognised);
  }
  return recognised;
}
