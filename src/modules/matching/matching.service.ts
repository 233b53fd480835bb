import type { DomainEvents } from '../../platform/domain-events.js';
import type { Logger } from '../../platform/logger.js';
import type { Lang } from '../taxonomy/taxonomy.types.js';
import { loadTaxonomy } from '../taxonomy/taxonomy.loader.js';
import { loadRecognizer } from '../taxonomy/taxonomy.recognizer.js';
import type { CandidateRecord } from '../candidates/candidate.schema.js';
import type { VacancyRecord } from '../vacancies/vacancy.schema.js';
import { createMatchContext, type MatchContext } from './match-context.js';
import { MatchEngine, type MatchQueryOptions } from './match-engine.js';
import { MatchIndexSync, type CandidateStore, type VacancyStore } from './match-index-sync.js';
import { referenceLocationResolver, type ComuneLookup } from './reference-location.js';
import { buildCandidateProfile } from './candidate-profile.builder.js';
import type { CandidateProfile } from './match-profile.types.js';
import { buildVacancyProfile } from './vacancy-profile.builder.js';
import { toMatchRow } from './match-output.js';
import { insertDecision, listDecisions, type MatchDecision } from './match-decision.repository.js';
import type { DecisionStatus } from './match-decision.model.js';

export interface MatchingServiceDeps {
  events: DomainEvents;
  reference: ComuneLookup;
  logger: Logger;
  vacancies: VacancyStore;
  candidates: CandidateStore;
  /** The taxonomy and recognizer; by default the shipped ESCO seeds (loading takes seconds, so it is lazy). */
  loadContext?: (reference: ComuneLookup) => MatchContext;
}

export interface MatchListOptions {
  top: number;
  province?: string;
  explain: 'eligible' | 'all';
  hideDecided: boolean;
  lang: Lang;
}

const defaultContext = (reference: ComuneLookup): MatchContext =>
  createMatchContext({ taxonomy: loadTaxonomy(), recognizer: loadRecognizer(), resolveLocation: referenceLocationResolver(reference) });

export type MatchingService = ReturnType<typeof createMatchingService>;

export function createMatchingService(deps: MatchingServiceDeps) {
  let state: Promise<{ engine: MatchEngine; sync: MatchIndexSync }> | undefined;

  async function build() {
    const engine = new MatchEngine((deps.loadContext ?? defaultContext)(deps.reference));
    const sync = new MatchIndexSync(engine, { vacancies: deps.vacancies, candidates: deps.candidates }, deps.logger);
    // Subscribe before the first load, so a write made while loading is applied rather than lost.
    sync.subscribe(deps.events);
    const loaded = await sync.catchUp();
    deps.logger.info({ records: loaded }, 'matching index built');
    return { engine, sync };
  }
  const ready = () => (state ??= build());

  const queryOptions = async (options: MatchListOptions, decided: () => Promise<Set<string>>): Promise<MatchQueryOptions> => ({
    top: options.top,
    province: options.province,
    explainAll: options.explain === 'all',
    excludeIds: options.hideDecided ? await decided() : undefined,
  });

  async function candidatesForVacancy(vacancy: VacancyRecord & { id: string; status?: string }, options: MatchListOptions) {
    const { engine } = await ready();
    const profile = engine.vacancies.get(vacancy.id) ?? buildVacancyProfile(engine.context, vacancy);
    const decided = async () => new Set((await listDecisions({ vacancyId: vacancy.id })).map((d) => d.candidateId));
    return engine.candidatesForVacancy(profile, await queryOptions(options, decided)).map((m) =>
      toMatchRow(engine.explain(engine.candidates.get(m.candidateId)!, profile, m, options.lang)));
  }

  async function vacanciesForProfile(engine: MatchEngine, profile: CandidateProfile, options: MatchListOptions) {
    const decided = async () => new Set((await listDecisions({ candidateId: profile.id })).map((d) => d.vacancyId));
    return engine.vacanciesForCandidate(profile, await queryOptions(options, decided)).map((m) =>
      toMatchRow(engine.explain(profile, engine.vacancies.get(m.vacancyId)!, m, options.lang)));
  }

  async function vacanciesForCandidate(candidate: CandidateRecord, options: MatchListOptions) {
    const { engine } = await ready();
    return vacanciesForProfile(engine, buildCandidateProfile(engine.context, candidate), options);
  }

  /**
   * A stored candidate's profile as the index holds it, without a database read or profiling. The sync
   * puts every save made in this process into the index, and guards the moment in between: while one is
   * in flight the record is read afresh, so staff who save and then list see their change. Saves by other
   * processes arrive at the next catch-up (every minute): for that long the list may reflect the previous
   * profile, the same lag every vacancy in the lists has. A candidate not indexed yet is read and profiled.
   * The engine comes back with the profile, so a caller waits for the index once.
   */
  async function storedCandidateProfile(id: string): Promise<{ engine: MatchEngine; profile: CandidateProfile }> {
    const { engine, sync } = await ready();
    const indexed = sync.candidateRefreshing(id) ? undefined : engine.candidates.get(id);
    if (indexed) return { engine, profile: indexed };
    const candidate = await deps.candidates.getCandidate(id);
    return { engine, profile: buildCandidateProfile(engine.context, { ...candidate.record, id: candidate.id }) };
  }

  return {
    /** Builds the index on first use; main.ts calls it at start so the first request is not the slow one. */
    ready: async () => (await ready()).engine,
    /** Applies writes made by other processes; a no-op until the index exists. */
    catchUp: async (): Promise<number> => (state ? (await state).sync.catchUp() : 0),
    candidatesForVacancy,
    vacanciesForCandidate,
    /** The best eligible score of a stored candidate, without explanation: for the fairness audit, which asks for everyone. */
    bestScoreOf: async (id: string): Promise<number | undefined> => {
      const { engine, profile } = await storedCandidateProfile(id);
      return engine.vacanciesForCandidate(profile, { top: 1 })[0]?.score;
    },
    vacanciesForStoredCandidate: async (id: string, options: MatchListOptions) => {
      const { engine, profile } = await storedCandidateProfile(id);
      return vacanciesForProfile(engine, profile, options);
    },
    recordDecision: (input: { candidateId: string; vacancyId: string; status: DecisionStatus; reason?: string }, decidedBy: string): Promise<MatchDecision> =>
      insertDecision({ ...input, decidedBy }),
    listDecisions,
  };
}
