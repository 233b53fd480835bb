import { createHash } from 'node:crypto';
import { Types } from 'mongoose';
import { toPage, type Page } from '../../platform/pagination.js';
import { afterCursor, updatedSince } from '../../platform/db/query-filters.js';
import { isDuplicateKeyError } from '../../platform/db/duplicate-key.js';
import { ConflictError, ValidationError } from '../../platform/errors.js';
import { VacancyModel, type VacancyDocument } from './vacancy.model.js';
import type { VacancyStatus } from './vacancy-status.js';
import type { ResolvedLocation, Vacancy, VacancyListQuery } from './vacancy-api.schema.js';
import type { VacancyRecord } from './vacancy.schema.js';

/** What the service derives from a record and stores beside it. */
export interface VacancyContent {
  record: VacancyRecord;
  employerId?: string;
  occupation?: string;
  location?: ResolvedLocation;
  contentHash: string;
}

export type UpsertOutcome = 'created' | 'updated' | 'unchanged';

/**
 * The id is derived from (source, externalId): FerretDB's SQLite backend answers `_id` lookups from
 * its primary key but scans the collection for any other filter, so a lookup by source key would
 * make each ingested record cost a full scan. The compound unique index stays as a second guard.
 */
export function vacancyIdFor(source: string, externalId: string): Types.ObjectId {
  return new Types.ObjectId(createHash('sha256').update(`${source}\u0000${externalId}`).digest().subarray(0, 12));
}

export function toVacancy(doc: VacancyDocument): Vacancy {
  return {
    id: doc._id.toHexString(),
    source: doc.source,
    externalId: doc.externalId,
    status: doc.status,
    record: doc.record as VacancyRecord,
    ...(doc.employerId ? { employerId: doc.employerId } : {}),
    ...(doc.location ? { location: doc.location as ResolvedLocation } : {}),
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  };
}

/** Unset optional derived fields explicitly, so a replaced record does not keep stale links. */
export function contentUpdate(content: VacancyContent): Record<string, unknown> {
  const { employerId, occupation, location, ...always } = content;
  const unset = Object.fromEntries(Object.entries({ employerId, occupation, location }).filter(([, v]) => v === undefined).map(([k]) => [k, 1]));
  const set = { ...always, ...(employerId ? { employerId } : {}), ...(occupation ? { occupation } : {}), ...(location ? { location } : {}) };
  return Object.keys(unset).length > 0 ? { $set: set, $unset: unset } : { $set: set };
}

export async function insertVacancy(source: string, externalId: string, status: VacancyStatus, content: VacancyContent): Promise<Vacancy> {
  try {
    const created = await VacancyModel.create({ _id: vacancyIdFor(source, externalId), source, externalId, status, ...content });
    return toVacancy(created.toObject() as VacancyDocument);
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
    throw new ConflictError(`A vacancy with id "${externalId}" from source "${source}" already exists`, { reason: 'DUPLICATE_VACANCY', source, externalId });
  }
}

export async function findVacancyById(id: string): Promise<Vacancy | undefined> {
  const doc = await VacancyModel.findById(id).lean<VacancyDocument>();
  return doc ? toVacancy(doc) : undefined;
}

export async function findVacancyBySourceKey(source: string, externalId: string): Promise<Vacancy | undefined> {
  const doc = await VacancyModel.findById(vacancyIdFor(source, externalId)).lean<VacancyDocument>();
  return doc ? toVacancy(doc) : undefined;
}

/** Conditional on the status read before, so two concurrent changes cannot both win. */
export async function updateVacancy(id: string, expectedStatus: VacancyStatus, change: { status?: VacancyStatus; content?: VacancyContent }): Promise<Vacancy | undefined> {
  const update = change.content ? contentUpdate(change.content) : { $set: {} };
  if (change.status) (update.$set as Record<string, unknown>).status = change.status;
  const doc = await VacancyModel.findOneAndUpdate({ _id: id, status: expectedStatus }, update, { returnDocument: 'after' }).lean<VacancyDocument>();
  return doc ? toVacancy(doc) : undefined;
}

/**
 * Idempotent write keyed by (source, externalId): creates, rewrites when the content hash differs,
 * and leaves the document untouched (same updatedAt) when it is equal.
 */
export async function upsertBySourceKey(
  source: string,
  externalId: string,
  content: VacancyContent,
  initialStatus: VacancyStatus = 'open',
): Promise<{ outcome: UpsertOutcome; id: string }> {
  const _id = vacancyIdFor(source, externalId);
  const id = _id.toHexString();
  const existing = await VacancyModel.findById(_id, { contentHash: 1 }).lean<{ contentHash: string }>();
  if (existing?.contentHash === content.contentHash) return { outcome: 'unchanged', id };
  if (existing) {
    await VacancyModel.updateOne({ _id }, contentUpdate(content));
    return { outcome: 'updated', id };
  }
  try {
    await VacancyModel.create({ _id, source, externalId, status: initialStatus, ...content });
    return { outcome: 'created', id };
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
    // Another writer created it between our read and insert, or it is stored under an id not derived from its key
    // (vacancies ingested before ingestion derived ids): apply ours to that document. Retrying by id would never end.
    const other = await VacancyModel.findOne({ source, externalId }, { contentHash: 1 }).lean<{ _id: Types.ObjectId; contentHash: string }>();
    if (!other) throw err;
    if (other.contentHash === content.contentHash) return { outcome: 'unchanged', id: other._id.toHexString() };
    await VacancyModel.updateOne({ _id: other._id }, contentUpdate(content));
    return { outcome: 'updated', id: other._id.toHexString() };
  }
}

export function cursorObjectId(id: string): Types.ObjectId {
  if (!/^[0-9a-f]{24}$/.test(id)) throw new ValidationError('Invalid query', [{ path: 'cursor', message: 'is not a cursor returned by this API' }]);
  return new Types.ObjectId(id);
}

/** Rows come from the server this many at a time while the caller consumes them. */
const STREAM_BATCH = 500;

/**
 * Every vacancy changed since `since` (all when undefined), in storage order, as one cursor: FerretDB
 * answers any filter or sort by reading the whole collection, so one read beats one per page.
 */
export async function* streamVacanciesChangedSince(since: Date | undefined): AsyncGenerator<Vacancy> {
  const cursor = VacancyModel.find(updatedSince(since?.toISOString())).lean<VacancyDocument[]>().cursor({ batchSize: STREAM_BATCH });
  for await (const doc of cursor) yield toVacancy(doc as VacancyDocument);
}

export async function listVacancies(query: VacancyListQuery): Promise<Page<Vacancy>> {
  const filter: Record<string, unknown> = { ...afterCursor(query.cursor, cursorObjectId), ...updatedSince(query.updatedSince) };
  if (query.province) filter['location.provinceAbbrev'] = query.province;
  if (query.status) filter.status = query.status;
  if (query.occupation) filter.occupation = query.occupation;
  if (query.employer) filter.employerId = query.employer;
  if (query.source) filter.source = query.source;
  const rows = await VacancyModel.find(filter).sort({ updatedAt: 1, _id: 1 }).limit(query.limit + 1).lean<VacancyDocument[]>();
  return toPage(rows.map(toVacancy), query.limit);
}

/** Whether any vacancy is stored: a filterless find with a limit is the one read FerretDB answers without a scan (a count scans). */
export async function holdsAnyVacancy(): Promise<boolean> {
  return (await VacancyModel.findOne({}, { _id: 1 }).lean()) !== null;
}
