import type { Lang } from '../taxonomy/taxonomy.types.js';
import type { MatchContext } from './match-context.js';
import type { OccupationFeatures } from './match-profile.types.js';
import { classifiedOccupationConfidence } from './scoring-weights.js';
import { normalise, toSparseVector, type SparseVector } from './sparse-vector.js';
import { termWeights } from './text-analysis.js';

export interface WeightedOccupation {
  uri: string;
  confidence: number;
}

/** Keeps the higher weight when a key is seen twice. */
export function putMax(map: Map<string, number>, key: string, weight: number): void {
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

/** Projects occupations onto the ESCO occupation, its ISCO unit group and its ISCO minor group. */
export function occupationFeatures(context: MatchContext, occupations: readonly WeightedOccupation[]): OccupationFeatures {
  const occ = new Map<string, number>();
  const unit = new Map<string, number>();
  const minor = new Map<string, number>();
  for (const { uri, confidence } of occupations) {
    const concept = context.taxonomy.getOccupation(uri);
    if (!concept) continue;
    putMax(occ, `o:${uri}`, confidence);
    if (/^\d{4}$/.test(concept.iscoGroup)) {
      putMax(unit, `u:${concept.iscoGroup}`, confidence);
      putMax(minor, `m:${concept.iscoGroup.slice(0, 3)}`, confidence);
    }
  }
  const { dictionary } = context;
  return {
    occupations: toSparseVector(dictionary, occ),
    unitGroups: toSparseVector(dictionary, unit),
    minorGroups: toSparseVector(dictionary, minor),
  };
}

export function textTerms(context: MatchContext, texts: readonly string[], lang: Lang): SparseVector {
  const weights = new Map<string, number>();
  for (const text of texts) {
    for (const [term, w] of termWeights(text, lang)) weights.set(term, (weights.get(term) ?? 0) + w);
  }
  return normalise(toSparseVector(context.dictionary, weights));
}

/** The ESCO concepts named in a text (skills, and the occupations given), as a unit-length vector. */
export function conceptVector(
  context: MatchContext,
  recognisedSkills: readonly string[],
  occupations: readonly WeightedOccupation[],
): SparseVector {
  const weights = new Map<string, number>();
  for (const uri of recognisedSkills) putMax(weights, `c:${uri}`, 1);
  for (const o of occupations) putMax(weights, `c:${o.uri}`, 2 * o.confidence);
  return normalise(toSparseVector(context.dictionary, weights));
}

export function recogniseSkills(context: MatchContext, text: string, lang: Lang, top = 15): string[] {
  if (!text.trim()) return [];
  return context.recognizer.extractSkills(text, { lang, top }).map((s) => s.uri);
}
