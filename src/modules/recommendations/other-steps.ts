import type { MatchScore } from '../matching/match-scorer.js';
import type { CefrLevel } from '../matching/matching.records.js';
import { cefrLevels } from '../matching/match-profile.types.js';
import { toPlannedCourse } from './course-catalogue.js';
import { expectedGain } from './expected-gain.js';
import { missingEssentialSkills } from './placements.js';
import type { PlanContext } from './training-plans.js';
import type { OtherStep } from './recommendation.types.js';
import type { MarketCandidate } from '../demand/market-source.js';

/** Italian is what blocks when it is short in at least this many of the person's best-ranked vacancies. */
const LANGUAGE_BLOCKS_AT = 3;

export function italianCourseStep(ctx: PlanContext, ranked: readonly MatchScore[]): OtherStep | undefined {
  const short = ranked.filter((m) => m.languageGaps.some((g) => g.lang === 'it' && g.gap > 0));
  if (short.length < LANGUAGE_BLOCKS_AT) return undefined;
  const current = ctx.learner.languages?.get('it') ?? 0;
  const next = cefrLevels[Math.min(current, 3)] as CefrLevel;
  const { feasible } = ctx.catalogue.partition(ctx.catalogue.italian.filter((c) => c.italianLevelTaught === next), ctx.learner, ctx.today);
  const course = [...feasible].sort((a, b) => (a.startDate < b.startDate ? -1 : 1))[0];
  const gain = expectedGain(ctx.engine, ctx.profile, ctx.record, { italianLevel: next }, ctx.profile.place?.province, ctx.today);
  return {
    kind: 'italian-course',
    explanation: `Italian is below the level asked by ${short.length} of the best-ranked vacancies; reaching ${next} would make ${gain.gained} more vacancies in the province score ≥ 70`,
    ...(course ? { course: toPlannedCourse(course, ctx.learner, []) } : { procedure: `Enrol at the nearest CPIA for the next ${next} course` }),
    expectedGain: gain.gained,
  };
}

/** Words in an ad that ask for a formal title (school diploma, vocational qualification, degree, licence to practise). */
const asksForTitle = /\b(qualifica|diploma|laurea|titolo di studio|abilitazione|attestato (oss|di qualifica))\b/i;

export function vacancyAsksForTitle(description: string | undefined): boolean {
  return description !== undefined && asksForTitle.test(description);
}

/** The procedure depends on the title: a degree, a regulated health profession, or a school or vocational title. */
function recognitionProcedure(q: { title?: string; eqfLevel?: number }): string {
  if (/oss|infermier|nurs|sanitar|health|care/i.test(q.title ?? '')) return 'riconoscimento del titolo professionale sanitario (Ministero della Salute), then registration where required';
  if ((q.eqfLevel ?? 0) >= 6) return 'riconoscimento titolo accademico: attestato di comparabilità CIMEA, or equipollenza at an Italian university';
  return "dichiarazione di valore in loco (Italian embassy or consulate of the country of study) and equipollenza/riconoscimento titolo (CIMEA, Ufficio Scolastico Regionale)";
}

export function recognitionStep(candidate: MarketCandidate, rankedAskTitle: number): OtherStep | undefined {
  const foreign = (candidate.qualifications ?? []).filter((q) => q.country && q.country !== 'IT' && (q.recognition === 'none' || q.recognition === 'requested'));
  const italian = (candidate.qualifications ?? []).some((q) => q.country === 'IT');
  if (foreign.length === 0 || italian || rankedAskTitle === 0) return undefined;
  const q = foreign.sort((a, b) => (b.eqfLevel ?? 0) - (a.eqfLevel ?? 0))[0]!;
  return {
    kind: 'qualification-recognition',
    explanation: `${rankedAskTitle} of the best-ranked vacancies ask for a formal title; the person's "${q.title ?? 'title'}" (${q.country}, EQF ${q.eqfLevel ?? '?'}) is ${q.recognition === 'requested' ? 'awaiting' : 'without'} recognition in Italy`,
    procedure: recognitionProcedure(q),
  };
}

/** Self-declared skills that the person's best vacancies need: validating them raises their credit from 0.7 to 0.9. */
export function validationStep(ctx: PlanContext, candidate: MarketCandidate, ranked: readonly MatchScore[]): OtherStep | undefined {
  const selfDeclared = new Set((candidate.skills ?? []).filter((s) => (s.evidence ?? 'self-declared') === 'self-declared').map((s) => s.uri));
  if (selfDeclared.size === 0) return undefined;
  const key = new Set<string>();
  for (const m of ranked.slice(0, 20)) {
    const vacancy = ctx.engine.vacancies.get(m.vacancyId);
    if (!vacancy) continue;
    const missing = new Set(missingEssentialSkills(ctx.engine, ctx.profile, vacancy));
    vacancy.skills.ids.forEach((id, i) => {
      const uri = ctx.engine.context.dictionary.keyOf(id).slice(2);
      if (vacancy.essential[i] === 1 && selfDeclared.has(uri) && !missing.has(uri)) key.add(uri);
    });
  }
  if (key.size === 0) return undefined;
  const gain = expectedGain(ctx.engine, ctx.profile, ctx.record, { addSkills: [...key], evidence: 'validated' }, ctx.profile.place?.province, ctx.today);
  const labels = [...key].slice(0, 5).map((uri) => ctx.engine.context.taxonomy.skillLabel(uri) ?? uri);
  return {
    kind: 'competence-validation',
    explanation: `${key.size} key skills are only self-declared (${labels.join(', ')}); validating them would make ${gain.gained} more vacancies in the province score ≥ 70`,
    procedure: 'individuazione, validazione e certificazione delle competenze (D.Lgs. 13/2013), through the regional service at the employment centre',
    expectedGain: gain.gained,
  };
}
