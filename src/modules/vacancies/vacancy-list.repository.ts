import { VacancyModel, type VacancyDocument } from './vacancy.model.js';
import { toVacancy } from './vacancy.repository.js';
import type { Vacancy } from './vacancy-api.schema.js';
import type { MirrorSource } from '../../platform/lists/list-mirror.js';
import { storedCollectionOps } from '../../platform/lists/stored-collection.js';
import { updatedSince } from '../../platform/db/query-filters.js';

/** A vacancy as the list mirror holds it: the resource, plus the stored occupation the `occupation` filter reads. */
export interface ListedVacancy {
  id: string;
  updatedAt: Date;
  occupation?: string;
  vacancy: Vacancy;
}

/** Ingestion bookkeeping is never listed, so it is left on the server. */
const listedFields = { ingestion: 0, riskFlags: 0, duplicateOf: 0, contentHash: 0 };

function toListed(doc: VacancyDocument): ListedVacancy {
  const vacancy = toVacancy(doc);
  return { id: vacancy.id, updatedAt: vacancy.updatedAt, ...(doc.occupation ? { occupation: doc.occupation } : {}), vacancy };
}

export const vacancyListSource: MirrorSource<ListedVacancy> = {
  async *streamChangedSince(since) {
    const cursor = VacancyModel.find(updatedSince(since?.toISOString()), listedFields).lean<VacancyDocument[]>().cursor({ batchSize: 500 });
    for await (const doc of cursor) yield toListed(doc as VacancyDocument);
  },
  findById: async (id) => {
    const doc = await VacancyModel.findById(id, listedFields).lean<VacancyDocument>();
    return doc ? toListed(doc) : undefined;
  },
  ...storedCollectionOps(VacancyModel.collection.collectionName),
};
