import type { MatchEngine } from '../matching/match-engine.js';
import { buildCandidateProfile } from '../matching/candidate-profile.builder.js';
import type { CandidateProfile } from '../matching/match-profile.types.js';
import type { MatchableCandidate, CefrLevel } from '../matching/matching.records.js';
import { provinceSkillPostings, raisedIds } from './province-skill-index.js';
import { componentWeights } from '../matching/scoring-weights.js';
import { weightOf } from '../matching/sparse-vector.js';
import { openProvinceVacancies, scoreBefore } from './province-ranking.js';

/** "Would score ≥ 70": the level at which staff propose a match without hesitation. */
export const STRONG_MATCH = 70;

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
 * Re-scores with the matching engine: the profile is rebuilt from the changed record by the matching
 * module's builder, and the province's vacancies whose score can change are scored again, before and after.
 */
export function expectedGain(
  engine: MatchEngine, before: CandidateProfile, record: MatchableCandidate, change: ProfileChange, province: string | undefined, today: string,
): Gain {
  if (!province) return { gained: 0, vacancyIds: [] };
  const after = buildCandidateProfile(engine.context, applyChange(record, change));
  if (!change.italianLevel) return skillGain(engine, before, after, province);
  return languageGain(engine, before, after, province, today);
}

/**
 * A language change moves only the language component (at most 100 · its weight) for vacancies that
 * ask for the language: only open ones in the province that could reach 70 that way are re-scored.
 */
function languageGain(engine: MatchEngine, before: CandidateProfile, after: CandidateProfile, province: string, today: string): Gain {
  const gained: string[] = [];
  for (const vacancy of openProvinceVacancies(engine, province, today)) {
    if (vacancy.languages.length === 0) continue;
    const was = scoreBefore(engine, before, vacancy);
    if (!was.eligible || was.score >= STRONG_MATCH || was.score + 100 * componentWeights.language + SLACK < STRONG_MATCH) continue;
    if (isStrong(engine.score(after, vacancy))) gained.push(vacancy.id);
  }
  return { gained: gained.length, vacancyIds: gained };
}

const isStrong = (m: { score: number; eligible: boolean } | undefined): boolean => m !== undefined && m.eligible && m.score >= STRONG_MATCH;

/** Slack for the 2-decimal rounding of scores. */
const SLACK = 0.01;

/**
 * A change of skills alone moves only the skills component, and only for vacancies that ask for a
 * skill whose credit rose: those are re-scored. Eligibility does not depend on skills, and the skills
 * component can rise by at most 100 · weight · Σ(credit rise · vacancy weight), so vacancies that
 * cannot reach 70 even then are skipped without scoring the changed profile.
 */
function skillGain(engine: MatchEngine, before: CandidateProfile, after: CandidateProfile, province: string): Gain {
  const bySkill = provinceSkillPostings(engine).get(province)?.bySkill;
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
