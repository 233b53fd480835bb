import { Types } from 'mongoose';
import { bulkWriteInChunks } from '../../platform/db/chunked-bulk-write.js';
import { insertManyReportingDuplicates } from '../../platform/db/insert-many-new.js';
import { VacancyModel } from './vacancy.model.js';
import type { VacancyStatus } from './vacancy-status.js';
import { contentUpdate, type VacancyContent } from './vacancy.repository.js';

export interface NewVacancy {
  /** Derived from (source, externalId) by vacancyIdFor, once, by the caller. */
  id: Types.ObjectId;
  externalId: string;
  status: VacancyStatus;
  content: VacancyContent;
}

export interface StoredVacancyKey {
  id: string;
  contentHash: string;
}

/**
 * The id and content hash of every vacancy of a source, by external id, in one read (with a projection). Keyed by
 * external id, not by the id derived from it: vacancies ingested before ids were derived keep ids of their own.
 */
export async function findStoredKeysOfSource(source: string): Promise<Map<string, StoredVacancyKey>> {
  const rows = await VacancyModel.find({ source }, { externalId: 1, contentHash: 1 }).lean<{ _id: Types.ObjectId; externalId: string; contentHash: string }[]>();
  return new Map(rows.map((row) => [row.externalId, { id: row._id.toHexString(), contentHash: row.contentHash }]));
}

/** Inserts new vacancies of a source in bulk, as insertVacancy would store each; returns those whose key was taken. */
export async function insertVacanciesOfSource(source: string, vacancies: NewVacancy[]): Promise<NewVacancy[]> {
  const docOf = (v: NewVacancy) => ({ _id: v.id, source, externalId: v.externalId, status: v.status, ...v.content });
  const refused = new Set((await insertManyReportingDuplicates(VacancyModel as never, vacancies.map(docOf))).map((doc) => doc.externalId));
  return vacancies.filter((v) => refused.has(v.externalId));
}

/** Rewrites the content of known vacancies, as upsertBySourceKey does for a changed record, in safe chunks. */
export async function updateVacancyContents(changes: { id: string; content: VacancyContent }[]): Promise<void> {
  await bulkWriteInChunks(VacancyModel, changes.map(({ id, content }) => ({ updateOne: { filter: { _id: new Types.ObjectId(id) }, update: contentUpdate(content) } })));
}
