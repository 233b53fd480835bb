import type { MatchEngine } from '../matching/match-engine.js';
import type { SparseVector } from '../matching/sparse-vector.js';

import type { VacancyProfile } from '../matching/match-profile.types.js';

/** Per province: its vacancy profiles, and skill feature id → ids of the vacancies there that ask for the skill. */
export interface ProvinceVacancies {
  vacancies: VacancyProfile[];
  bySkill: Map<number, string[]>;
}
type Postings = Map<string, ProvinceVacancies>;

const indexes = new WeakMap<MatchEngine, { size: number; postings: Postings }>();

/**
 * Built from the engine's own vacancy profiles, once per engine state (rebuilt when the vacancy count
 * changes), so a skill-only change is re-scored on just the vacancies that ask for those skills.
 */
export function provinceSkillPostings(engine: MatchEngine): Postings {
  const cached = indexes.get(engine);
  if (cached && cached.size === engine.vacancies.size) return cached.postings;
  const postings: Postings = new Map();
  for (const v of engine.vacancies.all()) {
    const province = v.place?.province;
    if (!province) continue;
    let entry = postings.get(province);
    if (!entry) postings.set(province, (entry = { vacancies: [], bySkill: new Map() }));
    entry.vacancies.push(v);
    const bySkill = entry.bySkill;
    for (const id of v.skills.ids) {
      const list = bySkill.get(id);
      if (list) list.push(v.id);
      else bySkill.set(id, [v.id]);
    }
  }
  indexes.set(engine, { size: engine.vacancies.size, postings });
  return postings;
}

/** Feature ids whose weight is higher in `after` than in `before` (both sorted by id). */
export function raisedIds(before: SparseVector, after: SparseVector): number[] {
  const raised: number[] = [];
  let i = 0;
  for (let j = 0; j < after.ids.length; j++) {
    const id = after.ids[j]!;
    while (i < before.ids.length && before.ids[i]! < id) i++;
    const old = i < before.ids.length && before.ids[i] === id ? before.weights[i]! : 0;
    if (after.weights[j]! > old) raised.push(id);
  }
  return raised;
}
