import type { Lang } from '../taxonomy/taxonomy.types.js';
import type { MatchContext } from './match-context.js';
import { resolveLang } from './match-context.js';
import { matchableCandidate, type MatchableCandidate } from './matching.records.js';
import { cefrRank, skillSources, toEpochDay, type CandidateProfile, type SkillSource } from './match-profile.types.js';
import { classifyTitle, conceptVector, occupationFeatures, recogniseSkills, textTerms, type WeightedOccupation } from './profile-features.js';
import { defaultMobilityKm, evidenceCredit, skillCredit } from './scoring-weights.js';

/** A person who described no job at all may still name it in the summary; that guess counts for less. */
const SUMMARY_OCCUPATION_DISCOUNT = 0.6;

type Credits = Map<string, { credit: number; source: SkillSource }>;

/** Builds the normalised matching profile of a candidate. Reads only the fields `matchableCandidate` keeps. */
export function buildCandidateProfile(context: MatchContext, record: MatchableCandidate): CandidateProfile {
  const candidate = matchableCandidate(record);
  const experiences = candidate.experiences ?? [];
  const texts = [candidate.summary ?? '', ...experiences.flatMap((e) => [e.title ?? '', e.description ?? ''])];
  const lang = resolveLang(context, candidate.lang, texts.join('\n'));
  const occupations = candidateOccupations(context, candidate, lang);
  const recognised = recogniseSkills(context, texts.join('\n'), lang, 20);
  const credits = skillCredits(context, candidate, occupations, recognised);
  const skillEntries = [...credits]
    .map(([uri, c]) => [context.dictionary.intern(`s:${uri}`), c.credit, skillSources.indexOf(c.source)] as const)
    .sort((a, b) => a[0] - b[0]);
  return {
    id: candidate.id,
    lang,
    ...occupationFeatures(context, occupations),
    terms: textTerms(context, texts, lang),
    concepts: conceptVector(context, recognised, occupations),
    skills: { ids: Int32Array.from(skillEntries, (e) => e[0]), weights: Float64Array.from(skillEntries, (e) => e[1]) },
    skillSourceIndex: Uint8Array.from(skillEntries, (e) => e[2]),
    languages: candidate.languages ? new Map(candidate.languages.map((l) => [l.lang, cefrRank(l.level)])) : undefined,
    place: context.resolveLocation(candidate.location),
    mobilityKm: candidate.mobilityKm ?? defaultMobilityKm,
    licences: [...(candidate.drivingLicences ?? [])].sort(),
    availableFromDay: toEpochDay(candidate.availableFrom),
    contractTypes: candidate.preferences?.contractTypes,
    maxHoursPerWeek: candidate.preferences?.maxHoursPerWeek,
    authorisation: candidate.workAuthorisation,
  };
}

function candidateOccupations(context: MatchContext, candidate: MatchableCandidate, lang: Lang): WeightedOccupation[] {
  const found: WeightedOccupation[] = [];
  for (const e of candidate.experiences ?? []) {
    if (e.occupation && context.taxonomy.getOccupation(e.occupation)) found.push({ uri: e.occupation, confidence: 1 });
    else found.push(...classifyTitle(context, e.title ?? '', lang, e.description));
  }
  if (found.length === 0 && candidate.summary) {
    const guesses = classifyTitle(context, candidate.summary, lang);
    found.push(...guesses.map((g) => ({ uri: g.uri, confidence: g.confidence * SUMMARY_OCCUPATION_DISCOUNT })));
  }
  return found;
}

/**
 * Every skill the person has and how strongly: stated (by evidence), implied by the occupations they
 * worked in, or recognised in their text; then related skills of the ones they state or mention.
 */
function skillCredits(
  context: MatchContext,
  candidate: MatchableCandidate,
  occupations: readonly WeightedOccupation[],
  recognised: readonly string[],
): Credits {
  const credits: Credits = new Map();
  const give = (uri: string, credit: number, source: SkillSource): void => {
    if (credit > (credits.get(uri)?.credit ?? 0)) credits.set(uri, { credit, source });
  };
  for (const o of occupations) {
    const concept = context.taxonomy.getOccupation(o.uri);
    concept?.essentialSkills.forEach((uri) => give(uri, skillCredit.impliedEssential * o.confidence, 'experience'));
    concept?.optionalSkills.forEach((uri) => give(uri, skillCredit.impliedOptional * o.confidence, 'experience'));
  }
  recognised.forEach((uri) => give(uri, skillCredit.recognisedInText, 'text'));
  const own = (candidate.skills ?? []).filter((s) => context.taxonomy.getSkill(s.uri));
  own.forEach((s) => give(s.uri, evidenceCredit[s.evidence ?? 'self-declared'], 'stated'));
  // Related credit flows only from what the person states or says, not from whole occupation profiles.
  const sources = [...own.map((s) => s.uri), ...recognised];
  for (const uri of sources) {
    const base = credits.get(uri)?.credit ?? 0;
    for (const n of context.skillNeighbours(uri)) give(n, base * skillCredit.relatedFactor, 'related');
  }
  return credits;
}
