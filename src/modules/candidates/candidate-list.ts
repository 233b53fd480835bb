import type { DomainEvents } from '../../platform/domain-events.js';
import { ListMirror, type MirrorSource } from '../../platform/lists/list-mirror.js';
import { countStoredDocuments } from '../../platform/lists/stored-count.js';
import { toPage, type Page } from '../../platform/pagination.js';
import { CandidateModel } from './candidate.model.js';
import { findProfile, streamProfilesChangedSince, type StoredProfile } from './candidate.repository.js';
import type { CandidateListQuery } from './candidate-api.schema.js';

const candidateListSource: MirrorSource<StoredProfile> = {
  streamAll: () => streamProfilesChangedSince(undefined),
  findById: findProfile,
  countStored: () => countStoredDocuments(CandidateModel.collection.collectionName),
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
  const mirror = new ListMirror(candidateListSource);
  const mark = ({ id }: { id: string }) => mirror.markChanged(id);
  events.on('candidate.saved', mark);
  events.on('candidate.removed', mark);
  return {
    listProfiles: async (query: CandidateListQuery): Promise<Page<StoredProfile>> => {
      const rows = await mirror.window({
        matches: matcherOf(query),
        ...(query.cursor ? { after: query.cursor } : {}),
        ...(query.updatedSince ? { since: new Date(query.updatedSince) } : {}),
        limit: query.limit,
      });
      return toPage(rows, query.limit);
    },
    /** The catch-up with other processes' updates; does nothing until a first page loaded the mirror. */
    refresh: async (): Promise<void> => {
      if (mirror.loaded) await mirror.rebuild();
    },
    load: (): Promise<void> => mirror.rebuild(),
  };
}
