import type { MatchEngine } from '../matching/match-engine.js';
import { buildCandidateProfile } from '../matching/candidate-profile.builder.js';
import type { CandidateProfile } from '../matching/match-profile.types.js';
import type { MatchableCandidate, CefrLevel } from '../matching/matching.records.js';
import { provinceSkillPostings, raisedIds } from './province-skill-index.js';
import { componentWeights } from '../matching/scoring-weights.js';
import { weightOf } from '../matching/sparse-vector.js';
import type { VacancyProfile } from '../matching/match-profile.types.js';

/** "Would score ≥ 70": the level at which staff propose a match without hesitation. */
export const STRONG_MATCH = 70;
const FIRST_K = 100;
const MAX_K = 6400;

/** What a plan changes in the person's record: skills proven by a course, a higher level, validated evidence. */
export interface ProfileChange {
  addSkills?: readonly string[];
  /** Evidence a course certificate gives: the full skill. */
  evidence?: 'certified' | 'validated' | 'assessed';
  italianLevel?: CefrLevel;
}

/** The record as it would be after the plan; only the fields matching reads change. */
export function applyChange(record: MatchableCandidate, change: ProfileChange): MatchableCandidate {
  const added = new Set(change.addSkills ?? []);
  const evidence = change.evidence ?? 'certified';
  const skills = [...(record.skills ?? []).filter((s) => !added.has(s.uri)), ...[...added].map((uri) => ({ uri, evidence }))];
  const languages = change.italianLevel
    ? [...(record.languages ?? []).filter((l) => l.lang !== 'it'), { lang: 'it', level: change.italianLevel }]
    : record.languages;
  return { ...record, skills, languages };
}

export interface Gain {
  /** Vacancies in the province that score ≥ 70 after the change and did not before. */
  gained: number;
  vacancyIds: string[];
}

/**
 * Re-scores with the matching engine: the pruned top-k of the changed profile in the province, widened
 * until it holds every vacancy at ≥ 70, then each of those scored again for the unchanged profile.
 */
export function expectedGain(engine: MatchEngine, before: CandidateProfile, record: MatchableCandidate, change: ProfileChange, province: string | undefined): Gain {
  if (!province) return { gained: 0, vacancyIds: [] };
  const after = buildCandidateProfile(engine.context, applyChange(record, change));
  if (!change.italianLevel) return skillGain(engine, before, after, province);
  let strong = strongMatches(engine, after, province, FIRST_K);
  for (let k = FIRST_K * 4; strong.saturated && k <= MAX_K; k *= 4) strong = strongMatches(engine, after, province, k);
  const gainedIds = strong.ids.filter((id) => {
    const vacancy = engine.vacancies.get(id);
    const score = vacancy ? engine.score(before, vacancy) : undefined;
    return !score || !score.eligible || score.score < STRONG_MATCH;
  });
  return { gained: gainedIds.length, vacancyIds: gainedIds };
}

const isStrong = (m: { score: number; eligible: boolean } | undefined): boolean => m !== undefined && m.eligible && m.score >= STRONG_MATCH;

/** Scores of the unchanged profile, kept while that profile object lives (one request), since every plan asks again. */
const beforeScores = new WeakMap<CandidateProfile, Map<string, { score: number; eligible: boolean }>>();

function scoreBefore(engine: MatchEngine, before: CandidateProfile, vacancy: VacancyProfile): { score: number; eligible: boolean } {
  let cache = beforeScores.get(before);
  if (!cache) beforeScores.set(before, (cache = new Map()));
  let hit = cache.get(vacancy.id);
  if (!hit) {
    const m = engine.score(before, vacancy);
    cache.set(vacancy.id, (hit = { score: m.score, eligible: m.eligible }));
  }
  return hit;
}

/** Slack for the 2-decimal rounding of scores. */
const SLACK = 0.01;

/**
 * A change of skills alone moves only the skills component, and only for vacancies that ask for a
 * skill whose credit rose: those are re-scored. Eligibility does not depend on skills, and the skills
 * component can rise by at most 100 · weight · Σ(credit rise · vacancy weight), so vacancies that
 * cannot reach 70 even then are skipped without scoring the changed profile.
 */
function skillGain(engine: MatchEngine, before: CandidateProfile, after: CandidateProfile, province: string): Gain {
  const bySkill = provinceSkillPostings(engine).get(province);
  const raised = raisedIds(before.skills, after.skills);
  const rise = new Map(raised.map((id) => [id, weightOf(after.skills, id) - weightOf(before.skills, id)]));
  const affected = new Set<string>();
  for (const id of raised) for (const v of bySkill?.get(id) ?? []) affected.add(v);
  const gained: string[] = [];
  for (const id of [...affected].sort()) {
    const vacancy = engine.vacancies.get(id)!;
    const was = scoreBefore(engine, before, vacancy);
    if (!was.eligible || was.score >= STRONG_MATCH) continue;
    let bound = was.score + SLACK;
    for (const [skill, delta] of rise) bound += 100 * componentWeights.skills * delta * weightOf(vacancy.skills, skill);
    if (bound < STRONG_MATCH) continue;
    if (isStrong(engine.score(after, vacancy))) gained.push(id);
  }
  return { gained: gained.length, vacancyIds: gained };
}

function strongMatches(engine: MatchEngine, profile: CandidateProfile, province: string, k: number): { ids: string[]; saturated: boolean } {
  const top = engine.vacanciesForCandidate(profile, { top: k, province });
  const ids = top.filter((m) => m.score >= STRONG_MATCH).map((m) => m.vacancyId);
  return { ids, saturated: ids.length === k };
}
