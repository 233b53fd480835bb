import type { MatchContext } from './match-context.js';
import { resolveLang } from './match-context.js';
import { matchableVacancy, type MatchableVacancy } from './matching.records.js';
import { cefrRank, toEpochDay, type VacancyProfile } from './match-profile.types.js';
import { classifyTitle, conceptVector, occupationFeatures, recogniseSkills, textTerms, type WeightedOccupation } from './profile-features.js';
import { essentialShare } from './scoring-weights.js';
import { allocateVector } from './sparse-vector.js';
import { weakMemo, type RecognisedSkills, type VacancySkills } from './profile-memo.js';
import { occupationSkillIds } from './skill-ids.js';

const closedStatuses = new Set(['closed', 'filled', 'withdrawn', 'expired', 'draft']);

/** Builds the normalised matching profile of a vacancy from its interchange record. */
export function buildVacancyProfile(context: MatchContext, record: MatchableVacancy): VacancyProfile {
  const vacancy = matchableVacancy(record);
  const text = [vacancy.title, vacancy.description ?? ''].join('\n');
  const lang = resolveLang(context, vacancy.lang, text);
  const occupations = vacancyOccupations(context, vacancy, lang);
  const recognised = recogniseSkills(context, text, lang);
  const { skills, essential } = vacancySkills(context, vacancy, occupations, recognised);
  return {
    id: vacancy.id,
    lang,
    ...occupationFeatures(context, occupations),
    // The title is the densest statement of the job, so it counts twice in the text.
    terms: textTerms(context, [vacancy.title, vacancy.title, vacancy.description ?? ''], lang),
    concepts: conceptVector(context, recognised, occupations),
    skills,
    essential,
    languages: (vacancy.languages ?? []).map((l) => ({ lang: l.lang, level: cefrRank(l.level) })),
    place: vacancy.location?.remote ? undefined : context.resolveLocation(vacancy.location),
    remote: vacancy.location?.remote === true,
    licences: [...(vacancy.drivingLicences ?? [])].sort(),
    contractType: vacancy.contract?.type,
    hoursPerWeek: vacancy.contract?.hoursPerWeek,
    validFromDay: toEpochDay(vacancy.validFrom),
    validThroughDay: toEpochDay(vacancy.validThrough),
    open: !closedStatuses.has(vacancy.status ?? 'open'),
  };
}

function vacancyOccupations(context: MatchContext, vacancy: MatchableVacancy, lang: VacancyProfile['lang']): WeightedOccupation[] {
  if (vacancy.occupation && context.taxonomy.getOccupation(vacancy.occupation)) {
    return [{ uri: vacancy.occupation, confidence: 1 }];
  }
  return classifyTitle(context, vacancy.title, lang, vacancy.description);
}

/**
 * The skills a vacancy asks for: the ones it states; when it states none, the ESCO profile of its
 * (most likely) occupation, plus skills recognised in its text as optional (derived once per
 * occupation and text).
 */
function vacancySkills(
  context: MatchContext,
  vacancy: MatchableVacancy,
  occupations: readonly WeightedOccupation[],
  recognised: RecognisedSkills,
): VacancySkills {
  const essential = new Set<number>();
  const optional = new Set<number>();
  const stated = (vacancy.skills ?? []).filter((s) => context.taxonomy.getSkill(s.uri));
  if (stated.length === 0) {
    const top = occupations[0]?.uri ?? '';
    return weakMemo(context.memo.impliedVacancySkills, recognised, top, () => impliedSkills(context, top, recognised));
  }
  for (const s of stated) (s.essential === false ? optional : essential).add(context.dictionary.internFeature('s', s.uri));
  return shareSkills(essential, optional);
}

function impliedSkills(context: MatchContext, occupationUri: string, recognised: RecognisedSkills): VacancySkills {
  const essential = new Set<number>();
  const optional = new Set<number>();
  if (occupationUri && context.taxonomy.getOccupation(occupationUri)) {
    const implied = occupationSkillIds(context, occupationUri);
    implied.essential.forEach((id) => essential.add(id));
    implied.optional.forEach((id) => optional.add(id));
  }
  recognised.ids.forEach((id) => optional.add(id));
  return shareSkills(essential, optional);
}

/** Essential skills share 75% of the skills component and optional ones 25% (all of it if one side is empty). */
function shareSkills(essential: Set<number>, optional: Set<number>): VacancySkills {
  for (const id of essential) optional.delete(id);
  const essentialPart = optional.size === 0 ? 1 : essential.size === 0 ? 0 : essentialShare;
  const sorted = [...essential, ...optional].sort((a, b) => a - b);
  const { ids, weights, flags } = allocateVector(sorted.length, true);
  ids.set(sorted);
  for (let i = 0; i < ids.length; i++) {
    const isEssential = essential.has(ids[i]!);
    weights[i] = isEssential ? essentialPart / essential.size : (1 - essentialPart) / optional.size;
    flags[i] = isEssential ? 1 : 0;
  }
  return { skills: { ids, weights }, essential: flags };
}
