import type { DomainEvents } from '../../platform/domain-events.js';
import { InvalidStateError, NotFoundError, ValidationError } from '../../platform/errors.js';
import type { Page } from '../../platform/pagination.js';
import { parseOrThrow } from '../../platform/validation.js';
import { contentHashOf } from '../interchange/content-hash.js';
import type { EmployerService } from '../employers/employer.service.js';
import type { Employer } from '../employers/employer.schema.js';
import type { ReferenceData } from '../reference/reference-data.js';
import { resolvePlaceOrThrow } from '../reference/place-resolution.js';
import * as repository from './vacancy.repository.js';
import * as bulk from './vacancy-bulk.repository.js';
import type { UpsertOutcome, VacancyContent } from './vacancy.repository.js';
import { assertTransition, isFinalStatus, type VacancyStatus } from './vacancy-status.js';
import type { ResolvedLocation, Vacancy, VacancyListQuery, VacancyPatch } from './vacancy-api.schema.js';
import { vacancyRecordSchema, type VacancyRecord } from './vacancy.schema.js';
import { createVacancyList } from './vacancy-list.js';

/** Records posted through the API; their externalId is the record's own id. */
export const API_SOURCE = 'api';

export interface BulkVacancyItem {
  record: VacancyRecord;
  initialStatus?: VacancyStatus;
}

type EmployerFinder = Pick<EmployerService, 'findEmployerById' | 'findEmployerByTaxCode'>;

function employerFinderOver(employers: Employer[]): EmployerFinder {
  const byId = new Map(employers.map((e) => [e.id, e]));
  const byTaxCode = new Map(employers.map((e) => [e.taxCode, e]));
  return { findEmployerById: async (id) => byId.get(id), findEmployerByTaxCode: async (taxCode) => byTaxCode.get(taxCode) };
}

export interface VacancyServiceDeps {
  reference: ReferenceData;
  employers: EmployerService;
  events: DomainEvents;
  /**
   * Where list pages come from: the database query (MongoDB answers it from its indexes), or an in-process
   * mirror for the embedded FerretDB, which scans the whole collection for any filter or sort.
   */
  lists?: 'database' | 'mirror';
}

export type VacancyService = ReturnType<typeof createVacancyService>;

export function createVacancyService(deps: VacancyServiceDeps) {
  const mirrored = deps.lists === 'mirror' ? createVacancyList(deps.events) : undefined;

  function resolveLocation(record: VacancyRecord): ResolvedLocation | undefined {
    const location = record.location;
    if (!location) return undefined;
    const place = location.comune ? resolvePlaceOrThrow(deps.reference, location.comune, 'location.comune') : undefined;
    const { name: comune, ...placeCodes } = place ?? { name: undefined };
    const resolved = { ...(comune ? { comune } : {}), ...placeCodes, lat: location.lat ?? place?.lat, lon: location.lon ?? place?.lon, remote: location.remote };
    return Object.fromEntries(Object.entries(resolved).filter(([, v]) => v !== undefined));
  }

  /** API posts must name a known employer; feeds carry their own employer ids, so for them the link is best-effort. */
  async function resolveEmployerId(source: string, record: VacancyRecord, employers: EmployerFinder): Promise<string | undefined> {
    const ref = record.employer;
    if (ref?.id) {
      const byId = await employers.findEmployerById(ref.id);
      if (byId) return byId.id;
      if (source === API_SOURCE) throw new ValidationError('Unknown employer', [{ path: 'employer.id', message: `no employer with id "${ref.id}"` }]);
    }
    return ref?.taxCode ? (await employers.findEmployerByTaxCode(ref.taxCode.toUpperCase()))?.id : undefined;
  }

  async function contentOf(source: string, record: VacancyRecord, contentHash = contentHashOf(record), employers: EmployerFinder = deps.employers): Promise<VacancyContent> {
    const location = resolveLocation(record);
    const employerId = await resolveEmployerId(source, record, employers);
    return { record, contentHash, ...(employerId ? { employerId } : {}), ...(record.occupation ? { occupation: record.occupation } : {}), ...(location ? { location } : {}) };
  }

  async function getVacancy(id: string): Promise<Vacancy> {
    const vacancy = await repository.findVacancyById(id);
    if (!vacancy) throw new NotFoundError('Vacancy', id);
    return vacancy;
  }

  function announce(vacancy: Vacancy): Vacancy {
    deps.events.emit(vacancy.status === 'open' || vacancy.status === 'draft' ? 'vacancy.saved' : 'vacancy.removed', { id: vacancy.id });
    return vacancy;
  }

  async function applyChange(current: Vacancy, change: { status?: VacancyStatus; record?: VacancyRecord }): Promise<Vacancy> {
    if (change.status) assertTransition(current.status, change.status);
    if (change.record && isFinalStatus(current.status)) throw new InvalidStateError(`A ${current.status} vacancy can no longer be edited`, { status: current.status });
    const content = change.record ? await contentOf(current.source, change.record) : undefined;
    const updated = await repository.updateVacancy(current.id, current.status, { ...(change.status ? { status: change.status } : {}), ...(content ? { content } : {}) });
    if (!updated) throw new InvalidStateError('The vacancy changed meanwhile; read it again and retry', { id: current.id });
    return announce(updated);
  }

  async function replaceVacancy(id: string, record: VacancyRecord): Promise<Vacancy> {
    const current = await getVacancy(id);
    if (record.id !== current.externalId) throw new ValidationError('Id mismatch', [{ path: 'id', message: `must stay "${current.externalId}"` }]);
    return applyChange(current, { record });
  }

  async function patchVacancy(id: string, patch: VacancyPatch): Promise<Vacancy> {
    const current = await getVacancy(id);
    const { status, ...fields } = patch;
    const hasFields = Object.keys(fields).length > 0;
    const record = hasFields ? parseOrThrow(vacancyRecordSchema, { ...current.record, ...fields }, 'request body') : undefined;
    return applyChange(current, { ...(status ? { status } : {}), ...(record ? { record } : {}) });
  }

  /** DELETE closes: the record stays for history and statistics. Closing a closed vacancy is a no-op. */
  async function closeVacancy(id: string): Promise<Vacancy> {
    return applyChange(await getVacancy(id), { status: 'closed' });
  }

  async function upsertBySourceKey(source: string, record: VacancyRecord, options: { contentHash?: string; initialStatus?: VacancyStatus } = {}): Promise<UpsertOutcome> {
    const content = await contentOf(source, record, options.contentHash);
    const { outcome, id } = await repository.upsertBySourceKey(source, record.id, content, options.initialStatus);
    if (outcome !== 'unchanged') deps.events.emit('vacancy.saved', { id });
    return outcome;
  }

  /**
   * The same outcome as upsertBySourceKey for each item, with three reads in all instead of three per record
   * (employers, and the stored ids and content hashes of the source, by external id, as ingestion's listing is) and
   * bulk writes. Keyed by external id, a vacancy stored under an id of its own is compared and updated in place. Records are linked to employers
   * from memory: on FerretDB a lookup by tax code would scan the employers for each vacancy.
   */
  async function upsertManyBySourceKey(source: string, items: BulkVacancyItem[]): Promise<Record<UpsertOutcome, number>> {
    const employers = employerFinderOver(await deps.employers.listAllEmployers());
    const stored = await bulk.findStoredKeysOfSource(source);
    const fresh: bulk.NewVacancy[] = [];
    const changed: { id: string; content: VacancyContent }[] = [];
    for (const { record, initialStatus } of items) {
      const content = await contentOf(source, record, undefined, employers);
      const known = stored.get(record.id);
      if (known?.contentHash === content.contentHash) continue;
      let id = known?.id;
      if (id === undefined) {
        const _id = repository.vacancyIdFor(source, record.id);
        fresh.push({ id: _id, externalId: record.id, status: initialStatus ?? 'open', content });
        id = _id.toHexString();
      } else changed.push({ id, content });
      stored.set(record.id, { id, contentHash: content.contentHash });
    }
    const refused = new Set(await bulk.insertVacanciesOfSource(source, fresh));
    await bulk.updateVacancyContents(changed);
    const counts = { created: fresh.length - refused.size, updated: changed.length, unchanged: items.length - fresh.length - changed.length };
    const saved = [...fresh.filter((v) => !refused.has(v)).map((v) => v.id.toHexString()), ...changed.map((v) => v.id)];
    // Stored meanwhile by another writer: the one-by-one path compares with what is stored, and its outcome
    // (usually updated or unchanged) is what happened.
    for (const item of refused) {
      const { outcome, id } = await repository.upsertBySourceKey(source, item.externalId, item.content, item.status);
      counts[outcome] += 1;
      if (outcome !== 'unchanged') saved.push(id);
    }
    for (const id of saved) deps.events.emit('vacancy.saved', { id });
    return counts;
  }

  return {
    createVacancy: async (record: VacancyRecord, status: VacancyStatus = 'open'): Promise<Vacancy> =>
      announce(await repository.insertVacancy(API_SOURCE, record.id, status, await contentOf(API_SOURCE, record))),
    getVacancy,
    replaceVacancy,
    patchVacancy,
    closeVacancy,
    upsertBySourceKey,
    upsertManyBySourceKey,
    listVacancies: (query: VacancyListQuery): Promise<Page<Vacancy>> => (mirrored ? mirrored.listVacancies(query) : repository.listVacancies(query)),
    /** Catches the list mirror up with other processes' writes (scheduled); nothing to do on the database path. */
    refreshList: async (): Promise<void> => mirrored?.refresh(),
    /** Reads the list mirror at start, so the first list page does not wait for the scan (~3 s on the demo data). */
    loadList: async (): Promise<void> => mirrored?.load(),
    streamVacanciesChangedSince: repository.streamVacanciesChangedSince,
    holdsAnyVacancy: repository.holdsAnyVacancy,
  };
}
