import type { DomainEvents } from '../../platform/domain-events.js';
import { InvalidStateError, NotFoundError, ValidationError } from '../../platform/errors.js';
import type { Page } from '../../platform/pagination.js';
import { parseOrThrow } from '../../platform/validation.js';
import { contentHashOf } from '../interchange/content-hash.js';
import type { EmployerService } from '../employers/employer.service.js';
import type { ReferenceData } from '../reference/reference-data.js';
import { resolvePlaceOrThrow } from '../reference/place-resolution.js';
import * as repository from './vacancy.repository.js';
import type { UpsertOutcome, VacancyContent } from './vacancy.repository.js';
import { assertTransition, isFinalStatus, type VacancyStatus } from './vacancy-status.js';
import type { ResolvedLocation, Vacancy, VacancyListQuery, VacancyPatch } from './vacancy-api.schema.js';
import { vacancyRecordSchema, type VacancyRecord } from './vacancy.schema.js';

/** Records posted through the API; their externalId is the record's own id. */
export const API_SOURCE = 'api';

export interface VacancyServiceDeps {
  reference: ReferenceData;
  employers: EmployerService;
  events: DomainEvents;
}

export type VacancyService = ReturnType<typeof createVacancyService>;

export function createVacancyService(deps: VacancyServiceDeps) {
  function resolveLocation(record: VacancyRecord): ResolvedLocation | undefined {
    const location = record.location;
    if (!location) return undefined;
    const place = location.comune ? resolvePlaceOrThrow(deps.reference, location.comune, 'location.comune') : undefined;
    const { name: comune, ...placeCodes } = place ?? { name: undefined };
    const resolved = { ...(comune ? { comune } : {}), ...placeCodes, lat: location.lat ?? place?.lat, lon: location.lon ?? place?.lon, remote: location.remote };
    return Object.fromEntries(Object.entries(resolved).filter(([, v]) => v !== undefined));
  }

  /** API posts must name a known employer; feeds carry their own employer ids, so for them the link is best-effort. */
  async function resolveEmployerId(source: string, record: VacancyRecord): Promise<string | undefined> {
    const ref = record.employer;
    if (ref?.id) {
      const byId = await deps.employers.findEmployerById(ref.id);
      if (byId) return byId.id;
      if (source === API_SOURCE) throw new ValidationError('Unknown employer', [{ path: 'employer.id', message: `no employer with id "${ref.id}"` }]);
    }
    return ref?.taxCode ? (await deps.employers.findEmployerByTaxCode(ref.taxCode.toUpperCase()))?.id : undefined;
  }

  async function contentOf(source: string, record: VacancyRecord, contentHash = contentHashOf(record)): Promise<VacancyContent> {
    const location = resolveLocation(record);
    const employerId = await resolveEmployerId(source, record);
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

  return {
    createVacancy: async (record: VacancyRecord, status: VacancyStatus = 'open'): Promise<Vacancy> =>
      announce(await repository.insertVacancy(API_SOURCE, record.id, status, await contentOf(API_SOURCE, record))),
    getVacancy,
    replaceVacancy,
    patchVacancy,
    closeVacancy,
    upsertBySourceKey,
    listVacancies: (query: VacancyListQuery): Promise<Page<Vacancy>> => repository.listVacancies(query),
    countVacancies: repository.countVacancies,
  };
}
