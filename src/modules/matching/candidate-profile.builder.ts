import type { Lang } from '../taxonomy/taxonomy.types.js';
import type { MatchContext } from './match-context.js';
import { resolveLang } from './match-context.js';
import { matchableCandidate, type MatchableCandidate } from './matching.records.js';
import { cefrRank, skillSources, toEpochDay, type CandidateProfile, type SkillSource } from './match-profile.types.js';
import { classifyTitle, conceptVector, occupationFeatures, recogniseSkills, textTerms, type WeightedOccupation } from './profile-features.js';
import type { RecognisedSkills } from './profile-memo.js';
import { occupationSkillIds, skillNeighbourIds } from './skill-ids.js';
import { SkillCreditBoard } from './skill-credit-board.js';
import { defaultMobilityKm, evidenceCredit, skillCredit } from './scoring-weights.js';

/** A person who described no job at all may still name it in the summary; that guess counts for less. */
const SUMMARY_OCCUPATION_DISCOUNT = 0.6;

/** Builds the normalised matching profile of a candidate. Reads only the fields `matchableCandidate` keeps. */
export function buildCandidateProfile(context: MatchContext, record: MatchableCandidate): CandidateProfile {
  const candidate = matchableCandidate(record);
  const experiences = candidate.experiences ?? [];
  const texts = [candidate.summary ?? '', ...experiences.flatMap((e) => [e.title ?? '', e.description ?? ''])];
  const allText = texts.join('\n');
  const lang = resolveLang(context, candidate.lang, allText);
  const occupations = candidateOccupations(context, candidate, lang);
  const recognised = recogniseSkills(context, allText, lang, 20);
  const { skills, sourceIndex } = skillCredits(context, candidate, occupations, recognised);
  return {
    id: candidate.id,
    lang,
    ...occupationFeatures(context, occupations),
    terms: textTerms(context, texts, lang),
    concepts: conceptVector(context, recognised, occupations),
    skills,
    skillSourceIndex: sourceIndex,
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

const source = (name: SkillSource): number => skillSources.indexOf(name);
const [STATED, EXPERIENCE, TEXT, RELATED] = [source('stated'), source('experience'), source('text'), source('related')];
const board = new SkillCreditBoard();

/**
 * Every skill the person has and how strongly: stated (by evidence), implied by the occupations they
 * worked in, or recognised in their text; then related skills of the ones they state or mention.
 * Each skill keeps its best credit, and the first source that reached it.
 */
function skillCredits(
  context: MatchContext,
  candidate: MatchableCandidate,
  occupations: readonly WeightedOccupation[],
  recognised: RecognisedSkills,
): ReturnType<SkillCreditBoard['drain']> {
  board.clear();
  for (const o of occupations) {
    const implied = occupationSkillIds(context, o.uri);
    for (const id of implied.essential) board.give(id, skillCredit.impliedEssential * o.confidence, EXPERIENCE);
    for (const id of implied.optional) board.give(id, skillCredit.impliedOptional * o.confidence, EXPERIENCE);
  }
  for (const id of recognised.ids) board.give(id, skillCredit.recognisedInText, TEXT);
  const own: number[] = [];
  for (const s of candidate.skills ?? []) {
    if (!context.taxonomy.getSkill(s.uri)) continue;
    const id = context.dictionary.internFeature('s', s.uri);
    own.push(id);
    board.give(id, evidenceCredit[s.evidence ?? 'self-declared'], STATED);
  }
  // Related credit flows only from what the person states or says, not from whole occupation profiles.
  for (const id of [...own, ...recognised.ids]) {
    const related = board.creditOf(id) * skillCredit.relatedFactor;
    for (const n of skillNeighbourIds(context, id)) board.give(n, related, RELATED);
  }
  return board.drain();
}
