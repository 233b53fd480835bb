import type { DomainEvents } from '../../platform/domain-events.js';
import type { Logger } from '../../platform/logger.js';
import type { Vacancy } from '../vacancies/vacancy-api.schema.js';
import type { Candidate } from '../candidates/candidate-api.schema.js';
import type { MatchEngine } from './match-engine.js';

/** What the index needs from the vacancies module: its public service, nothing deeper. */
export interface VacancyStore {
  getVacancy(id: string): Promise<Vacancy>;
  /** Every vacancy changed since the date (all when undefined), from one database read. */
  streamVacanciesChangedSince(since: Date | undefined): AsyncIterable<Vacancy>;
}

/** What the index needs from the candidates module. */
export interface CandidateStore {
  getCandidate(id: string): Promise<Candidate>;
  streamCandidatesChangedSince(since: Date | undefined): AsyncIterable<Candidate>;
}

/** Applies everything changed since `since`; returns how many records and the newest stamp seen. */
async function applyAll<T extends { updatedAt: Date }>(
  records: AsyncIterable<T>,
  apply: (item: T) => void,
  since: Date | undefined,
): Promise<{ seen: number; newest: Date | undefined }> {
  let seen = 0;
  let newest = since;
  for await (const item of records) {
    apply(item);
    if (!newest || item.updatedAt > newest) newest = item.updatedAt;
    seen += 1;
  }
  return { seen, newest };
}

/** Only open vacancies are matched; drafts, closed, filled and expired ones leave the index. */
export function applyVacancy(engine: MatchEngine, vacancy: Vacancy): void {
  if (vacancy.status !== 'open') {
    engine.vacancies.remove(vacancy.id);
    return;
  }
  engine.upsertVacancy({ ...vacancy.record, id: vacancy.id, status: vacancy.status });
}

/**
 * Keeps the in-memory index in step with the database: a full load at start, every in-process write
 * through domain events, and writes from other processes by polling `updatedAt` (catchUp).
 */
export class MatchIndexSync {
  private vacanciesSince: Date | undefined;
  private candidatesSince: Date | undefined;
  /** Candidates saved in this process whose new record is still being read into the index (id → saves in flight). */
  private readonly candidatesInFlight = new Map<string, number>();

  constructor(
    private readonly engine: MatchEngine,
    private readonly stores: { vacancies: VacancyStore; candidates: CandidateStore },
    private readonly logger: Logger,
  ) {}

  /**
   * Reads every record changed since the last call (all of them the first time): one streaming read per
   * store, since on FerretDB every filtered or sorted query reads the whole collection anyway.
   */
  async catchUp(): Promise<number> {
    const vacancies = await applyAll(this.stores.vacancies.streamVacanciesChangedSince(this.vacanciesSince), (v) => applyVacancy(this.engine, v), this.vacanciesSince);
    this.vacanciesSince = vacancies.newest;
    const candidates = await applyAll(
      this.stores.candidates.streamCandidatesChangedSince(this.candidatesSince),
      (c) => this.engine.upsertCandidate({ ...c.record, id: c.id }),
      this.candidatesSince,
    );
    this.candidatesSince = candidates.newest;
    return vacancies.seen + candidates.seen;
  }

  subscribe(events: DomainEvents): () => void {
    const failed = (what: string, id: string) => (err: unknown) => this.logger.error({ err, [what]: id }, 'matching index: refresh failed');
    const offs = [
      events.on('vacancy.saved', ({ id }) => {
        this.stores.vacancies.getVacancy(id).then((v) => applyVacancy(this.engine, v), failed('vacancyId', id));
      }),
      events.on('vacancy.removed', ({ id }) => this.engine.vacancies.remove(id)),
      events.on('candidate.saved', ({ id }) => {
        this.candidatesInFlight.set(id, (this.candidatesInFlight.get(id) ?? 0) + 1);
        this.stores.candidates.getCandidate(id)
          .then((c) => this.engine.upsertCandidate({ ...c.record, id: c.id }), failed('candidateId', id))
          .finally(() => this.settle(id));
      }),
      events.on('candidate.removed', ({ id }) => this.engine.candidates.remove(id)),
    ];
    return () => offs.forEach((off) => off());
  }

  /**
   * True while a save of this candidate made in this process has not reached the index yet: the event
   * fires synchronously after the write, so from then until the index holds the new profile, this says so.
   */
  candidateRefreshing(id: string): boolean {
    return this.candidatesInFlight.has(id);
  }

  private settle(id: string): void {
    const left = (this.candidatesInFlight.get(id) ?? 1) - 1;
    if (left > 0) this.candidatesInFlight.set(id, left);
    else this.candidatesInFlight.delete(id);
  }
}
