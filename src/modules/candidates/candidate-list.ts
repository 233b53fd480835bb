import type { DomainEvents } from '../../platform/domain-events.js';
import { ListMirror, type MirrorSource } from '../../platform/lists/list-mirror.js';
import { storedCollectionOps } from '../../platform/lists/stored-collection.js';
import { toPage, type Page } from '../../platform/pagination.js';
import { CandidateModel } from './candidate.model.js';
import { findProfile, streamProfilesChangedSince, type StoredProfile } from './candidate.repository.js';
import type { CandidateListQuery } from './candidate-api.schema.js';

const candidateListSource: MirrorSource<StoredProfile> = {
  streamChangedSince: streamProfilesChangedSince,
  findById: findProfile,
  ...storedCollectionOps(CandidateModel.collection.collectionName),
};

/** The same test as the database filter in listProfiles (candidate.repository.ts), field by field. */
function matcherOf(query: CandidateListQuery): (profile: StoredProfile) => boolean {
  return (profile) =>
    (!query.province || profile.location?.provinceAbbrev === query.province) &&
    (!query.occupation || profile.occupations.includes(query.occupation)) &&
    (!query.centre || profile.centreId === query.centre);
}

/** Candidate list pages from an in-process mirror kept in step by this process's candidate events. */
export function createCandidateList(events: DomainEvents) {
  const mirror = new ListMirror(candidateListSource).follow(events, 'candidate.saved', 'candidate.removed');
  return {
    listProfiles: async (query: CandidateListQuery): Promise<Page<StoredProfile>> => toPage(await mirror.page(query, matcherOf(query)), query.limit),
    refresh: (): Promise<void> => mirror.refresh(),
    load: (): Promise<void> => mirror.rebuild(),
  };
}
