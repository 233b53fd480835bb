import type { MatchEngine } from '../matching/match-engine.js';
import type { CandidateProfile, VacancyProfile } from '../matching/match-profile.types.js';
import { compareMatches, type MatchScore } from '../matching/match-scorer.js';
import { vacancyOpenOn } from '../matching/eligibility.js';
import { toEpochDay } from '../matching/match-profile.types.js';
import { provinceSkillPostings } from './province-skill-index.js';

/** Scores of the unchanged profile, kept while that profile object lives (one request): every plan asks again. */
const beforeScores = new WeakMap<CandidateProfile, Map<string, MatchScore>>();

export function scoreBefore(engine: MatchEngine, before: CandidateProfile, vacancy: VacancyProfile): MatchScore {
  let cache = beforeScores.get(before);
  if (!cache) beforeScores.set(before, (cache = new Map()));
  let hit = cache.get(vacancy.id);
  if (!hit) cache.set(vacancy.id, (hit = engine.score(before, vacancy)));
  return hit;
}

const openCache = new WeakMap<object, Map<string, VacancyProfile[]>>();

/** The province's vacancies that are open on `today` (closed and expired ones never match), kept per engine state. */
export function openProvinceVacancies(engine: MatchEngine, province: string, today: string): VacancyProfile[] {
  const postings = provinceSkillPostings(engine);
  let byKey = openCache.get(postings);
  if (!byKey) openCache.set(postings, (byKey = new Map()));
  const key = `${province}|${today}`;
  let open = byKey.get(key);
  if (!open) {
    const day = toEpochDay(today)!;
    open = (postings.get(province)?.vacancies ?? []).filter((v) => vacancyOpenOn(v, day) === undefined);
    byKey.set(key, open);
  }
  return open;
}

/**
 * The person's best eligible vacancies. In their province every open vacancy is scored with the
 * engine's scorer (a few thousand at regional scale, and the scores are reused by every expected gain);
 * without a province the engine's pruned top-k over all vacancies answers.
 */
export function rankVacancies(engine: MatchEngine, profile: CandidateProfile, today: string, k: number): MatchScore[] {
  const province = profile.place?.province;
  if (!province) return engine.vacanciesForCandidate(profile, { top: k });
  return openProvinceVacancies(engine, province, today)
    .map((v) => scoreBefore(engine, profile, v))
    .filter((m) => m.eligible)
    .sort((a, b) => compareMatches({ score: a.score, id: a.vacancyId }, { score: b.score, id: b.vacancyId }))
    .slice(0, k);
}
