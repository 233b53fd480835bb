import type { MatchContext } from './match-context.js';
import { resolveLang } from './match-context.js';
import { matchableVacancy, type MatchableVacancy } from './matching.records.js';
import { cefrRank, toEpochDay, type VacancyProfile } from './match-profile.types.js';
import { classifyTitle, conceptVector, occupationFeatures, recogniseSkills, textTerms, type WeightedOccupation } from './profile-features.js';
import { essentialShare } from './scoring-weights.js';
import type { SparseVector } from './sparse-vector.js';

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
 * (most likely) occupation, plus skills recognised in its text as optional.
 */
function vacancySkills(
  context: MatchContext,
  vacancy: MatchableVacancy,
  occupations: readonly WeightedOccupation[],
  recognised: readonly string[],
): { skills: SparseVector; essential: Uint8Array } {
  const essentialSet = new Set<string>();
  const optionalSet = new Set<string>();
  const stated = (vacancy.skills ?? []).filter((s) => context.taxonomy.getSkill(s.uri));
  if (stated.length > 0) {
    for (const s of stated) (s.essential === false ? optionalSet : essentialSet).add(s.uri);
  } else {
    const top = occupations[0] ? context.taxonomy.getOccupation(occupations[0].uri) : undefined;
    top?.essentialSkills.forEach((uri) => essentialSet.add(uri));
    top?.optionalSkills.forEach((uri) => optionalSet.add(uri));
    recognised.forEach((uri) => optionalSet.add(uri));
  }
  for (const uri of essentialSet) optionalSet.delete(uri);
  return shareSkills(context, essentialSet, optionalSet);
}

/** Essential skills share 75% of the skills component and optional ones 25% (all of it if one side is empty). */
function shareSkills(context: MatchContext, essential: Set<string>, optional: Set<string>): { skills: SparseVector; essential: Uint8Array } {
  const essentialPart = optional.size === 0 ? 1 : essential.size === 0 ? 0 : essentialShare;
  const entries: [number, number, number][] = [];
  for (const uri of essential) entries.push([context.dictionary.intern(`s:${uri}`), essentialPart / essential.size, 1]);
  for (const uri of optional) entries.push([context.dictionary.intern(`s:${uri}`), (1 - essentialPart) / optional.size, 0]);
  entries.sort((a, b) => a[0] - b[0]);
  return {
    skills: { ids: Int32Array.from(entries, (e) => e[0]), weights: Float64Array.from(entries, (e) => e[1]) },
    essential: Uint8Array.from(entries, (e) => e[2]),
  };
}
