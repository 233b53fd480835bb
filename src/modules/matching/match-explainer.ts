import type { Lang } from '../taxonomy/taxonomy.types.js';
import type { MatchContext } from './match-context.js';
import type { CandidateProfile, SkillSource, VacancyProfile } from './match-profile.types.js';
import { skillSources } from './match-profile.types.js';
import type { MatchScore } from './match-scorer.js';
import { reasonSentences, type ReasonSentences } from './match-reasons.js';

export interface MatchedSkill {
  uri: string;
  label: string;
  essential: boolean;
  /** How the candidate has it: stated, from an experience's occupation, from their text, or related. */
  via: SkillSource;
}

export interface MatchExplanation {
  candidateId: string;
  vacancyId: string;
  score: number;
  eligible: boolean;
  ineligibleReasons: MatchScore['ineligibleReasons'];
  breakdown: MatchScore['components'];
  occupationMatch: MatchScore['occupationMatch'];
  matchedSkills: MatchedSkill[];
  missingSkills: { uri: string; label: string }[];
  languageGaps: MatchScore['languageGaps'];
  distanceKm: number | undefined;
  reasons: ReasonSentences;
}

/** Finds the shared id with the largest weight product, e.g. the occupation both sides have. */
function sharedBest(a: { ids: Int32Array; weights: Float64Array }, b: { ids: Int32Array; weights: Float64Array }): number | undefined {
  let best: number | undefined;
  let bestWeight = 0;
  const index = new Map<number, number>();
  a.ids.forEach((id, i) => index.set(id, a.weights[i]!));
  b.ids.forEach((id, j) => {
    const w = (index.get(id) ?? 0) * b.weights[j]!;
    if (w > bestWeight) [best, bestWeight] = [id, w];
  });
  return best;
}

function occupationLabel(context: MatchContext, candidate: CandidateProfile, vacancy: VacancyProfile, score: MatchScore) {
  if (score.occupationMatch !== 'same-occupation' && score.occupationMatch !== 'same-unit-group') return undefined;
  const shared = score.occupationMatch === 'same-occupation'
    ? sharedBest(candidate.occupations, vacancy.occupations)
    : undefined;
  const uri = shared !== undefined ? context.dictionary.keyOf(shared).slice(2) : vacancyTopOccupation(context, vacancy);
  if (!uri) return undefined;
  const label = (lang: Lang): string => context.taxonomy.occupationLabel(uri, lang) ?? uri;
  return { it: label('it'), en: label('en') };
}

function vacancyTopOccupation(context: MatchContext, vacancy: VacancyProfile): string | undefined {
  let best = -1;
  let uri: string | undefined;
  vacancy.occupations.ids.forEach((id, i) => {
    if (vacancy.occupations.weights[i]! > best) [best, uri] = [vacancy.occupations.weights[i]!, context.dictionary.keyOf(id).slice(2)];
  });
  return uri;
}

/** Explains a scored pair: labelled skills (in `lang`), gaps, distance and reason sentences. */
export function explainMatch(
  context: MatchContext,
  candidate: CandidateProfile,
  vacancy: VacancyProfile,
  score: MatchScore,
  lang: Lang,
): MatchExplanation {
  const credits = new Map<number, SkillSource>();
  candidate.skills.ids.forEach((id, i) => credits.set(id, skillSources[candidate.skillSourceIndex[i]!] ?? 'stated'));
  const matchedSkills: MatchedSkill[] = [];
  const missing: string[] = [];
  vacancy.skills.ids.forEach((id, i) => {
    const uri = context.dictionary.keyOf(id).slice(2);
    const essential = vacancy.essential[i] === 1;
    const via = credits.get(id);
    if (via) matchedSkills.push({ uri, label: context.taxonomy.skillLabel(uri, lang) ?? uri, essential, via });
    else if (essential) missing.push(uri);
  });
  matchedSkills.sort((a, b) => Number(b.essential) - Number(a.essential) || a.label.localeCompare(b.label));
  missing.sort();
  const labels = (l: Lang): string[] => missing.map((uri) => context.taxonomy.skillLabel(uri, l) ?? uri);
  const reasons = reasonSentences({
    score,
    occupationLabel: occupationLabel(context, candidate, vacancy, score),
    essentialMatched: matchedSkills.filter((s) => s.essential).length,
    essentialTotal: vacancy.essential.reduce((n, e) => n + e, 0),
    missingLabels: { it: labels('it'), en: labels('en') },
    mobilityKm: candidate.mobilityKm,
    remote: vacancy.remote,
  });
  return {
    candidateId: score.candidateId,
    vacancyId: score.vacancyId,
    score: score.score,
    eligible: score.eligible,
    ineligibleReasons: score.ineligibleReasons,
    breakdown: score.components,
    occupationMatch: score.occupationMatch,
    matchedSkills,
    missingSkills: missing.map((uri) => ({ uri, label: context.taxonomy.skillLabel(uri, lang) ?? uri })),
    languageGaps: score.languageGaps,
    distanceKm: score.distanceKm,
    reasons,
  };
}
