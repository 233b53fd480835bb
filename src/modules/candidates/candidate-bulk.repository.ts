import { bulkWriteInChunks } from '../../platform/db/chunked-bulk-write.js';
import { insertManyReportingDuplicates } from '../../platform/db/insert-many-new.js';
import { stableStringify } from '../../platform/stable-json.js';
import { insertNewConsents, type Consent } from '../privacy/consent.repository.js';
import { CandidateIdentityModel, CandidateModel, CandidateProtectedModel } from './candidate.model.js';
import type { CandidateProfile } from './candidate.repository.js';
import type { CandidateIdentity } from './candidate-api.schema.js';
import type { ProtectedAttributes } from './candidate.schema.js';

/** Everything a new registration stores, as createCandidate writes it one record at a time. */
export interface NewRegistration {
  profile: CandidateProfile;
  attributes?: ProtectedAttributes;
  identity?: CandidateIdentity;
  consents: Consent[];
}

/** The content hash of every stored profile, by candidate id, in one read. */
export async function findProfileHashes(): Promise<Map<string, string>> {
  const rows = await CandidateModel.find({}, { contentHash: 1 }).lean<{ _id: string; contentHash?: string }[]>();
  return new Map(rows.map((row) => [row._id, row.contentHash ?? '']));
}

/**
 * Inserts the documents; those a killed earlier run already wrote are replaced when they differ, so they end as
 * this run wants them. Stored ones are read in one go to compare: a replace costs ~12 ms each on FerretDB.
 */
async function insertOrReplace(model: typeof CandidateIdentityModel | typeof CandidateProtectedModel, docs: { _id: string }[]): Promise<void> {
  const refused = await insertManyReportingDuplicates(model as never, docs);
  if (refused.length === 0) return;
  const rows = await (model as typeof CandidateIdentityModel).find().lean<{ _id: string; createdAt?: Date; updatedAt?: Date }[]>();
  const stored = new Map(rows.map(({ createdAt: _c, updatedAt: _u, ...doc }) => [doc._id, stableStringify(doc)]));
  const differing = refused.filter((doc) => stored.get(doc._id) !== stableStringify(doc));
  await bulkWriteInChunks(model, differing.map((doc) => ({ replaceOne: { filter: { _id: doc._id }, replacement: doc } })));
}

/**
 * Writes new registrations in bulk. Personal data and consents go first and the profile last: re-seeding decides
 * by the profile, so a run killed half-way never leaves a profile whose other parts are missing.
 * Returns the registrations whose profile id was taken meanwhile.
 */
export async function insertRegistrations(registrations: NewRegistration[]): Promise<NewRegistration[]> {
  await insertOrReplace(CandidateProtectedModel, registrations.flatMap((r) => (r.attributes ? [{ _id: r.profile.id, attributes: r.attributes }] : [])));
  await insertOrReplace(CandidateIdentityModel, registrations.flatMap((r) => (r.identity ? [{ _id: r.profile.id, ...r.identity }] : [])));
  await insertNewConsents(registrations.flatMap((r) => r.consents));
  const refused = await insertManyReportingDuplicates(CandidateModel as never, registrations.map(({ profile: { id, ...rest } }) => ({ _id: id, ...rest })));
  const taken = new Set(refused.map((doc) => doc._id));
  return registrations.filter((r) => taken.has(r.profile.id));
}
