import type { DomainEvents } from '../../platform/domain-events.js';
import { NotFoundError, ValidationError } from '../../platform/errors.js';
import type { Page } from '../../platform/pagination.js';
import { parseOrThrow } from '../../platform/validation.js';
import { contentHashOf } from '../interchange/content-hash.js';
import type { ReferenceData } from '../reference/reference-data.js';
import { resolvePlaceOrThrow } from '../reference/place-resolution.js';
import type { PrivacyService } from '../privacy/privacy.service.js';
import * as repository from './candidate.repository.js';
import type { CandidateProfile, StoredProfile } from './candidate.repository.js';
import { consentsOf, registerCandidatePersonalData, storeConsents } from './candidate-personal-data.js';
import * as bulk from './candidate-bulk.repository.js';
import type { NewRegistration } from './candidate-bulk.repository.js';
import type { Candidate, CandidateCreate, CandidateIdentity, CandidateListQuery, CandidatePatch } from './candidate-api.schema.js';
import { candidateRecordSchema, type CandidateRecord, type ProtectedAttributes } from './candidate.schema.js';
import { createCandidateList } from './candidate-list.js';

export interface CandidateServiceDeps {
  reference: ReferenceData;
  events: DomainEvents;
  privacy: PrivacyService;
  /** Database query, or the in-process mirror for the embedded FerretDB (see VacancyServiceDeps.lists). */
  lists?: 'database' | 'mirror';
}

export type CandidateService = ReturnType<typeof createCandidateService>;
export type CandidateUpsertOutcome = 'created' | 'updated' | 'unchanged';

export function createCandidateService(deps: CandidateServiceDeps) {
  registerCandidatePersonalData(deps.privacy);
  const mirrored = deps.lists === 'mirror' ? createCandidateList(deps.events) : undefined;

  /** Splits the record: `protected` goes to its own store, the rest is the matching profile. */
  function toProfile(record: CandidateRecord, centreId: string | undefined, contentHash: string): CandidateProfile {
    const { protected: _protected, ...profileRecord } = record;
    const comune = record.location?.comune;
    const place = comune ? resolvePlaceOrThrow(deps.reference, comune, 'location.comune') : undefined;
    const { name, ...codes } = place ?? { name: undefined };
    const lat = record.location?.lat ?? place?.lat;
    const lon = record.location?.lon ?? place?.lon;
    const location = place || lat !== undefined ? { ...(name ? { comune: name } : {}), ...codes, ...(lat !== undefined ? { lat, lon } : {}) } : undefined;
    const occupations = [...new Set((record.experiences ?? []).flatMap((e) => (e.occupation ? [e.occupation] : [])))];
    return { id: record.id, ...(centreId ? { centreId } : {}), record: profileRecord, ...(location ? { location } : {}), occupations, contentHash };
  }

  function assertKnownPermit(record: CandidateRecord): void {
    const reason = record.workAuthorisation?.permitReason;
    if (reason && !deps.reference.isPermitReason(reason)) {
      throw new ValidationError('Unknown permit reason', [{ path: 'workAuthorisation.permitReason', message: `"${reason}" is not in TAB_MOTIVO_PERMESSO` }]);
    }
  }

  async function toCandidate(profile: StoredProfile): Promise<Candidate> {
    const attributes = await repository.findProtected(profile.id);
    const { contentHash: _h, occupations: _o, record, ...rest } = profile;
    return { ...rest, record: { ...record, ...(attributes ? { protected: attributes } : {}) } };
  }

  async function findStoredProfile(id: string): Promise<StoredProfile> {
    const profile = await repository.findProfile(id);
    if (!profile) throw new NotFoundError('Candidate', id);
    return profile;
  }

  async function writeRecord(record: CandidateRecord, centreId: string | undefined, contentHash: string): Promise<Candidate> {
    assertKnownPermit(record);
    const saved = await repository.replaceProfile(toProfile(record, centreId, contentHash));
    if (!saved) throw new NotFoundError('Candidate', record.id);
    await repository.saveProtected(record.id, record.protected);
    deps.events.emit('candidate.saved', { id: record.id });
    return toCandidate(saved);
  }

  async function createCandidate(input: CandidateCreate): Promise<Candidate> {
    assertKnownPermit(input.candidate);
    const profile = toProfile(input.candidate, input.centreId, hashOf(input));
    const saved = await repository.insertProfile(profile);
    await repository.insertPersonalData(profile.id, input.candidate.protected, input.identity);
    await storeConsents(profile.id, input.consents);
    deps.events.emit('candidate.saved', { id: profile.id });
    return toCandidate(saved);
  }

  async function replaceCandidate(id: string, record: CandidateRecord): Promise<Candidate> {
    if (record.id !== id) throw new ValidationError('Id mismatch', [{ path: 'id', message: 'must match the id in the path' }]);
    const current = await findStoredProfile(id);
    return writeRecord(record, current.centreId, contentHashOf({ record, centreId: current.centreId }));
  }

  async function patchCandidate(id: string, patch: CandidatePatch): Promise<Candidate> {
    const current = await toCandidate(await findStoredProfile(id));
    const record = parseOrThrow(candidateRecordSchema, { ...current.record, ...patch }, 'request body');
    return writeRecord(record, current.centreId, contentHashOf({ record, centreId: current.centreId }));
  }

  /** Seeding and bulk import: keyed by candidate id, rewritten only when the registration differs. */
  async function upsertCandidate(input: CandidateCreate): Promise<CandidateUpsertOutcome> {
    const existing = await repository.findProfile(input.candidate.id);
    if (!existing) {
      await createCandidate(input);
      return 'created';
    }
    const hash = hashOf(input);
    if (existing.contentHash === hash) return 'unchanged';
    await writeRecord(input.candidate, input.centreId, hash);
    if (input.identity) await repository.saveIdentity(existing.id, input.identity);
    await storeConsents(existing.id, input.consents);
    return 'updated';
  }

  /**
   * The same outcome as upsertCandidate for each input, with one read of the stored hashes instead of several
   * reads per candidate (the consent lookup scans the consents on FerretDB), and new registrations written in bulk.
   * Changed registrations, rare in a re-seed, take the one-by-one path.
   */
  async function upsertCandidates(inputs: CandidateCreate[]): Promise<Record<CandidateUpsertOutcome, number>> {
    const stored = await bulk.findProfileHashes();
    const fresh = new Map<string, { input: CandidateCreate; registration: NewRegistration }>();
    const later: CandidateCreate[] = [];
    let unchanged = 0;
    for (const input of inputs) {
      const { id } = input.candidate;
      const hash = hashOf(input);
      if (stored.get(id) === hash) unchanged += 1;
      else if (stored.has(id) || fresh.has(id)) later.push(input);
      else {
        assertKnownPermit(input.candidate);
        const registration = { profile: toProfile(input.candidate, input.centreId, hash), attributes: input.candidate.protected, identity: input.identity, consents: consentsOf(id, input.consents) };
        fresh.set(id, { input, registration });
      }
    }
    const taken = new Set((await bulk.insertRegistrations([...fresh.values()].map((f) => f.registration))).map((r) => r.profile.id));
    for (const id of fresh.keys()) if (!taken.has(id)) deps.events.emit('candidate.saved', { id });
    const counts = { created: fresh.size - taken.size, updated: 0, unchanged };
    // Taken meanwhile by another writer, or listed twice: in order, one by one (upsertCandidate announces its own writes).
    for (const input of [...[...taken].map((id) => fresh.get(id)!.input), ...later]) {
      counts[await upsertCandidate(input)] += 1;
    }
    return counts;
  }

  return {
    createCandidate,
    getCandidate: async (id: string): Promise<Candidate> => toCandidate(await findStoredProfile(id)),
    replaceCandidate,
    patchCandidate,
    upsertCandidate,
    upsertCandidates,
    listCandidates: async (query: CandidateListQuery): Promise<Page<Candidate>> => {
      const page = await (mirrored ? mirrored.listProfiles(query) : repository.listProfiles(query));
      return { ...page, items: page.items.map(toListedCandidate) };
    },
    /** Catches the list mirror up with other processes' writes (scheduled); nothing to do on the database path. */
    refreshList: async (): Promise<void> => mirrored?.refresh(),
    /** Reads the list mirror at start, so the first list page does not wait for the scan (~3 s on the demo data). */
    loadList: async (): Promise<void> => mirrored?.load(),
    /** Profiles as listed (without the protected block), changed since `since`, from one database cursor. */
    streamCandidatesChangedSince: async function* (since: Date | undefined): AsyncGenerator<Candidate> {
      for await (const profile of repository.streamProfilesChangedSince(since)) yield toListedCandidate(profile);
    },
    /** Every candidate id with its protected block (empty when none is stored): two cursors, joined in memory. */
    streamWithProtected: async function* (): AsyncGenerator<{ id: string; protected?: ProtectedAttributes }> {
      const blocks = new Map<string, ProtectedAttributes>();
      for await (const block of repository.streamProtected()) blocks.set(block.id, block.attributes);
      for await (const profile of repository.streamProfilesChangedSince(undefined)) {
        const attributes = blocks.get(profile.id);
        yield { id: profile.id, ...(attributes ? { protected: attributes } : {}) };
      }
    },
    getIdentity: async (id: string): Promise<CandidateIdentity> => {
      await findStoredProfile(id);
      return (await repository.findIdentity(id)) ?? {};
    },
    replaceIdentity: async (id: string, identity: CandidateIdentity): Promise<CandidateIdentity> => {
      await findStoredProfile(id);
      await repository.saveIdentity(id, identity);
      return identity;
    },
    /** Real erasure through the privacy module: profile, identity, protected data, consents and every other holder. */
    eraseCandidate: async (id: string): Promise<Record<string, number>> => {
      await findStoredProfile(id);
      return deps.privacy.eraseCandidate(id);
    },
    holdsAnyCandidate: repository.holdsAnyProfile,
  };
}

const hashOf = (input: CandidateCreate): string => contentHashOf(input);
const toListedCandidate = ({ contentHash: _h, occupations: _o, ...rest }: StoredProfile): Candidate => rest;
