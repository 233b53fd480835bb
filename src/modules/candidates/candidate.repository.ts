import mongoose from 'mongoose';
import { toPage, type Page } from '../../platform/pagination.js';
import { afterCursor, updatedSince } from '../../platform/db/query-filters.js';
import { isDuplicateKeyError } from '../../platform/db/duplicate-key.js';
import { ConflictError } from '../../platform/errors.js';
import {
  CandidateIdentityModel, CandidateModel, CandidateProtectedModel,
  type CandidateDocument, type CandidateIdentityDocument, type CandidateProtectedDocument,
} from './candidate.model.js';
import type { Candidate, CandidateIdentity, CandidateListQuery } from './candidate-api.schema.js';
import type { CandidateRecord, ProtectedAttributes } from './candidate.schema.js';

/** The matching profile as stored: the record never carries `protected` here. */
export interface CandidateProfile {
  id: string;
  centreId?: string;
  record: Omit<CandidateRecord, 'protected'>;
  location?: Candidate['location'];
  occupations: string[];
  contentHash: string;
}

export type StoredProfile = CandidateProfile & { createdAt: Date; updatedAt: Date };

function toProfile(doc: CandidateDocument): StoredProfile {
  return {
    id: doc._id,
    ...(doc.centreId ? { centreId: doc.centreId } : {}),
    record: doc.record as CandidateRecord,
    ...(doc.location ? { location: doc.location as Candidate['location'] } : {}),
    occupations: doc.occupations,
    contentHash: doc.contentHash ?? '',
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  };
}

function toDocument(profile: CandidateProfile): Record<string, unknown> {
  const { id, ...rest } = profile;
  return { _id: id, ...rest };
}

export async function insertProfile(profile: CandidateProfile): Promise<StoredProfile> {
  try {
    return toProfile((await CandidateModel.create(toDocument(profile))).toObject() as CandidateDocument);
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
    throw new ConflictError(`A candidate with id "${profile.id}" already exists`, { reason: 'DUPLICATE_CANDIDATE', id: profile.id });
  }
}

export async function replaceProfile(profile: CandidateProfile): Promise<StoredProfile | undefined> {
  const { id, ...rest } = profile;
  const fields = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
  const unset = { ...(profile.location ? {} : { location: 1 }), ...(profile.centreId ? {} : { centreId: 1 }) };
  const update = Object.keys(unset).length > 0 ? { $set: fields, $unset: unset } : { $set: fields };
  const doc = await CandidateModel.findOneAndUpdate({ _id: id }, update, { returnDocument: 'after' }).lean<CandidateDocument>();
  return doc ? toProfile(doc) : undefined;
}

export async function findProfile(id: string): Promise<StoredProfile | undefined> {
  const doc = await CandidateModel.findById(id).lean<CandidateDocument>();
  return doc ? toProfile(doc) : undefined;
}

export async function listProfiles(query: CandidateListQuery): Promise<Page<StoredProfile>> {
  const filter: Record<string, unknown> = { ...afterCursor(query.cursor, String), ...updatedSince(query.updatedSince) };
  if (query.province) filter['location.provinceAbbrev'] = query.province;
  if (query.occupation) filter.occupations = query.occupation;
  if (query.centre) filter.centreId = query.centre;
  const rows = await CandidateModel.find(filter).sort({ updatedAt: 1, _id: 1 }).limit(query.limit + 1).lean<CandidateDocument[]>();
  return toPage(rows.map(toProfile), query.limit);
}

/** Every profile changed since `since` (all when undefined) as one cursor: on FerretDB each page would be a full scan. */
export async function* streamProfilesChangedSince(since: Date | undefined): AsyncGenerator<StoredProfile> {
  const cursor = CandidateModel.find(updatedSince(since?.toISOString())).lean<CandidateDocument[]>().cursor({ batchSize: 500 });
  for await (const doc of cursor) yield toProfile(doc as CandidateDocument);
}

export async function findProfileIdsUpdatedBefore(cutoff: Date, limit: number): Promise<string[]> {
  const rows = await CandidateModel.find({ updatedAt: mongoose.trusted({ $lt: cutoff }) }, { _id: 1 }).limit(limit).lean<{ _id: string }[]>();
  return rows.map((row) => row._id);
}

/** Absent attributes remove the stored block, so a replaced record cannot keep stale protected data. */
export async function saveProtected(id: string, attributes: ProtectedAttributes | undefined): Promise<void> {
  if (!attributes) await CandidateProtectedModel.deleteOne({ _id: id });
  else await CandidateProtectedModel.replaceOne({ _id: id }, { _id: id, attributes }, { upsert: true });
}

/** For a new candidate: a plain insert, because an upsert that inserts is much slower on FerretDB. */
export async function insertPersonalData(id: string, attributes: ProtectedAttributes | undefined, identity: CandidateIdentity | undefined): Promise<void> {
  if (attributes) await CandidateProtectedModel.create({ _id: id, attributes });
  if (identity) await CandidateIdentityModel.create({ _id: id, ...identity });
}

export async function findProtected(id: string): Promise<ProtectedAttributes | undefined> {
  const doc = await CandidateProtectedModel.findById(id).lean<CandidateProtectedDocument>();
  return doc?.attributes as ProtectedAttributes | undefined;
}

/** Every stored protected block as one cursor (for the fairness audit, which needs them all). */
export async function* streamProtected(): AsyncGenerator<{ id: string; attributes: ProtectedAttributes }> {
  const cursor = CandidateProtectedModel.find({}).lean<CandidateProtectedDocument[]>().cursor({ batchSize: 500 });
  for await (const doc of cursor) yield { id: String(doc._id), attributes: doc.attributes as ProtectedAttributes };
}

export async function saveIdentity(id: string, identity: CandidateIdentity): Promise<void> {
  await CandidateIdentityModel.replaceOne({ _id: id }, { _id: id, ...identity }, { upsert: true });
}

export async function findIdentity(id: string): Promise<CandidateIdentity | undefined> {
  const doc = await CandidateIdentityModel.findById(id).lean<CandidateIdentityDocument & { createdAt?: Date; updatedAt?: Date }>();
  if (!doc) return undefined;
  const { _id, createdAt: _c, updatedAt: _u, ...identity } = doc;
  return Object.fromEntries(Object.entries(identity).filter(([, v]) => v !== null && v !== undefined)) as CandidateIdentity;
}

export const eraseProfile = async (id: string): Promise<number> => (await CandidateModel.deleteOne({ _id: id })).deletedCount;
export const eraseIdentity = async (id: string): Promise<number> => (await CandidateIdentityModel.deleteOne({ _id: id })).deletedCount;
export const eraseProtected = async (id: string): Promise<number> => (await CandidateProtectedModel.deleteOne({ _id: id })).deletedCount;

/** Whether any candidate is stored, without the collection scan a count costs on FerretDB. */
export async function holdsAnyProfile(): Promise<boolean> {
  return (await CandidateModel.findOne({}, { _id: 1 }).lean()) !== null;
}
