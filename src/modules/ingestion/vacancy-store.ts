import { vacancyIdFor } from '../vacancies/vacancy.repository.js';
import { Types, type AnyBulkWriteOperation } from 'mongoose';
import { VacancyModel } from '../vacancies/vacancy.model.js';
import type { AnalysedVacancy } from './record-pipeline.js';
import { bulkWriteInChunks } from '../../platform/db/chunked-bulk-write.js';
import { duplicateIndexes } from '../../platform/db/insert-many-new.js';

/** What a run needs to know about a vacancy it already holds, loaded once per run. */
export interface Listing {
  id: string;
  contentHash: string;
  status: string;
  firstSeq: number;
  validThrough?: string;
}

export interface DuplicateCandidate {
  id: string;
  canonicalId: string;
  text: string;
  keys: string[];
}

export interface VacancyWrite extends AnalysedVacancy {
  duplicateOf?: string;
}

interface ListingRow {
  _id: Types.ObjectId;
  externalId: string;
  contentHash: string;
  status: string;
  ingestion?: { firstSeq?: number; duplicateKeys?: string[] };
  record?: { validThrough?: string; title?: string; description?: string };
  duplicateOf?: string;
}

const collection = () => VacancyModel.collection;

/**
 * Reads the source's vacancies once per run (one scan), so each record's fate (new, changed, unchanged)
 * is decided in memory: on FerretDB a lookup per record costs a collection scan.
 */
export async function loadListings(source: string): Promise<Map<string, Listing>> {
  const rows = await collection()
    .find<ListingRow>({ source }, { projection: { externalId: 1, contentHash: 1, status: 1, 'ingestion.firstSeq': 1, 'record.validThrough': 1 } })
    .toArray();
  return new Map(
    rows.map((r) => [r.externalId, { id: r._id.toHexString(), contentHash: r.contentHash, status: r.status, firstSeq: r.ingestion?.firstSeq ?? 0, ...(r.record?.validThrough ? { validThrough: r.record.validThrough } : {}) }]),
  );
}

/** Open vacancies of other sources that have duplicate keys: the pool new records are compared with. */
export async function loadDuplicatePool(exceptSource: string): Promise<DuplicateCandidate[]> {
  const rows = await collection()
    .find<ListingRow>({ source: { $ne: exceptSource }, status: 'open', 'ingestion.duplicateKeys.0': { $exists: true } }, { projection: { duplicateOf: 1, 'ingestion.duplicateKeys': 1, 'record.title': 1, 'record.description': 1 } })
    .toArray();
  return rows.map((r) => ({ id: r._id.toHexString(), canonicalId: r.duplicateOf ?? r._id.toHexString(), text: `${r.record?.title ?? ''}\n${r.record?.description ?? ''}`, keys: r.ingestion?.duplicateKeys ?? [] }));
}

function contentFields(v: VacancyWrite, now: Date): Record<string, unknown> {
  return {
    record: v.record,
    contentHash: v.contentHash,
    riskFlags: v.riskFlags,
    updatedAt: now,
    ...(v.record.occupation ? { occupation: v.record.occupation } : {}),
    ...(v.location ? { location: v.location } : {}),
    ...(v.duplicateOf ? { duplicateOf: v.duplicateOf } : {}),
  };
}

/**
 * Inserts new vacancies in one unordered batch. The unique (source, externalId) index is the last word:
 * a record inserted by a killed run that this run did not see is reported back as a conflict.
 */
export async function insertVacancies(source: string, seq: number, items: VacancyWrite[]): Promise<{ ids: Map<string, string>; conflicts: VacancyWrite[] }> {
  const now = new Date();
  // The same id the vacancies module derives, so its by-key reads and upserts find what ingestion wrote.
  const ids = new Map(items.map((v) => [v.externalId, vacancyIdFor(source, v.externalId)]));
  const docs = items.map((v) => ({ _id: ids.get(v.externalId)!, source, externalId: v.externalId, status: 'open', createdAt: now, ...contentFields(v, now), ingestion: { firstSeq: seq, duplicateKeys: v.duplicateKeys } }));
  let failed = new Set<number>();
  try {
    if (docs.length > 0) await collection().insertMany(docs, { ordered: false });
  } catch (err) {
    failed = new Set(duplicateIndexes(err));
  }
  const conflicts = items.filter((_, i) => failed.has(i));
  for (const c of conflicts) ids.delete(c.externalId);
  return { ids: new Map([...ids].map(([k, v]) => [k, v.toHexString()])), conflicts };
}

/** Rewrites changed vacancies by key; unchanged ones are never written. */
export async function updateVacancies(source: string, items: VacancyWrite[]): Promise<void> {
  if (items.length === 0) return;
  const now = new Date();
  const ops: AnyBulkWriteOperation[] = items.map((v) => ({
    updateOne: { filter: { source, externalId: v.externalId }, update: { $set: { ...contentFields(v, now), 'ingestion.duplicateKeys': v.duplicateKeys } } },
  }));
  await bulkWriteInChunks(collection(), ops as never[]);
}

/** Closes open vacancies of a source by external id; returns how many changed status. */
export async function expireVacancies(source: string, externalIds: string[]): Promise<number> {
  if (externalIds.length === 0) return 0;
  const result = await collection().updateMany({ source, status: 'open', externalId: { $in: externalIds } }, { $set: { status: 'expired', updatedAt: new Date() } });
  return result.modifiedCount;
}

