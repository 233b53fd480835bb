import type { MatchEngine } from '../matching/match-engine.js';
import type { CandidateProfile, VacancyProfile } from '../matching/match-profile.types.js';
import type { MatchScore } from '../matching/match-scorer.js';
import { weightOf } from '../matching/sparse-vector.js';
import type { ReasonSentences } from '../matching/match-reasons.js';
import type { Lang } from '../taxonomy/taxonomy.types.js';
import { STRONG_MATCH } from './expected-gain.js';
import type { NearMiss, Placement } from './recommendation.types.js';

/** Below this credit a skill counts as missing: related or optional-only knowledge does not carry a job. */
export const HELD_SKILL_CREDIT = 0.5;
const MAX_MISSING_ESSENTIAL = 2;
const MAX_LANGUAGE_GAP = 1;
/** Far below 70 the missing pieces are not the whole story (other occupation, far away): not "near". */
const NEAR_MISS_FLOOR = 50;

export function missingEssentialSkills(engine: MatchEngine, candidate: CandidateProfile, vacancy: VacancyProfile): string[] {
  const missing: string[] = [];
  vacancy.skills.ids.forEach((id, i) => {
    if (vacancy.essential[i] === 1 && weightOf(candidate.skills, id) < HELD_SKILL_CREDIT) missing.push(engine.context.dictionary.keyOf(id).slice(2));
  });
  return missing;
}

export function placementsFor(engine: MatchEngine, candidate: CandidateProfile, ranked: readonly MatchScore[], lang: Lang, top: number): Placement[] {
  return ranked.filter((m) => m.score >= STRONG_MATCH).slice(0, top).map((m) => {
    const vacancy = engine.vacancies.get(m.vacancyId)!;
    const reasons = engine.explain(candidate, vacancy, m, lang).reasons;
    return { vacancyId: m.vacancyId, score: m.score, explanation: sentencesOf(reasons, lang) };
  });
}

function sentencesOf(reasons: ReasonSentences, lang: Lang): string {
  return (lang === 'it' ? reasons.it : reasons.en).slice(0, 3).join('; ');
}

/** Vacancies below 70 that are close: at most two essential skills missing, or Italian one level short. */
export function nearMissesFor(engine: MatchEngine, candidate: CandidateProfile, ranked: readonly MatchScore[], top: number): NearMiss[] {
  const found: NearMiss[] = [];
  for (const m of ranked) {
    if (found.length >= top) break;
    if (m.score >= STRONG_MATCH || m.score < NEAR_MISS_FLOOR) continue;
    const vacancy = engine.vacancies.get(m.vacancyId)!;
    const missing = missingEssentialSkills(engine, candidate, vacancy);
    const gaps = m.languageGaps.filter((g) => g.gap > 0);
    const languageGap = gaps.length === 1 && gaps[0]!.gap <= MAX_LANGUAGE_GAP ? gaps[0] : undefined;
    const skillsClose = missing.length >= 1 && missing.length <= MAX_MISSING_ESSENTIAL && gaps.length === 0;
    const languageClose = languageGap !== undefined && missing.length <= MAX_MISSING_ESSENTIAL;
    if (!skillsClose && !languageClose) continue;
    const labels = missing.map((uri) => ({ uri, label: engine.context.taxonomy.skillLabel(uri) ?? uri }));
    found.push({
      vacancyId: m.vacancyId,
      score: m.score,
      missingEssentialSkills: labels,
      ...(languageGap ? { languageGap: { lang: languageGap.lang, required: languageGap.required, candidate: languageGap.candidate } } : {}),
      explanation: nearMissSentence(labels.map((l) => l.label), languageGap),
    });
  }
  return found;
}

function nearMissSentence(missing: string[], gap: MatchScore['languageGaps'][number] | undefined): string {
  const parts: string[] = [];
  if (missing.length > 0) parts.push(`missing ${missing.length} essential skill${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`);
  if (gap) parts.push(`${gap.lang} ${gap.required} required, candidate has ${gap.candidate}`);
  return `Close to a match: ${parts.join('; ')}`;
}
