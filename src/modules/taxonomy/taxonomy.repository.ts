import type { Logger } from '../../platform/logger.js';
import type { TaxonomyData } from './taxonomy.records.js';
import { taxonomyModels, taxonomyVersions } from './taxonomy.model.js';
import { bulkWriteInChunks } from '../../platform/db/chunked-bulk-write.js';

type Collection = keyof typeof taxonomyModels;
type Row = Record<string, unknown> & { _id: string };

const batchSize = 1000;
const versionId = 'esco';

/** Every record with its `_id`: URIs and codes are unique; relations are keyed by the pair they link. */
function documentsOf(data: TaxonomyData): Record<Collection, Row[]> {
  return {
    skills: data.skills.map((r) => ({ _id: r.uri, ...r })),
    skillGroups: data.skillGroups.map((r) => ({ _id: r.uri, ...r })),
    skillRelations: data.skillRelations.map((r) => ({ _id: `${r.from}|${r.to}|${r.type}`, ...r })),
    occupations: data.occupations.map((r) => ({ _id: r.uri, ...r })),
    iscoGroups: data.iscoGroups.map((r) => ({ _id: r.uri, ...r })),
    cp2011Titles: data.cp2011Titles.map((r) => ({ _id: r.code, ...r })),
    cp2011Units: data.cp2011Units.map((r) => ({ _id: r.code, ...r })),
    crosswalk: data.crosswalk.map((r) => ({ _id: `${r.cp}|${r.esco}`, ...r })),
  };
}

function batches<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += batchSize) out.push(items.slice(i, i + batchSize));
  return out;
}

/**
 * New records go in with insertMany and known ones are replaced with bulkWrite: on FerretDB an upsert that inserts
 * costs ~30 ms, which would make 13,896 skills take minutes. Records gone from the seeds are deleted.
 */
async function writeCollection(name: Collection, rows: Row[], logger: Logger): Promise<void> {
  const model = taxonomyModels[name];
  const existing = new Set((await model.find({}, { _id: 1 }).lean()).map((doc) => String(doc._id)));
  const wanted = new Set(rows.map((row) => row._id));
  let written = 0;
  for (const batch of batches(rows)) {
    const fresh = batch.filter((row) => !existing.has(row._id));
    const known = batch.filter((row) => existing.has(row._id));
    if (fresh.length > 0) await model.insertMany(fresh, { ordered: false });
    if (known.length > 0) await bulkWriteInChunks(model, known.map((row) => ({ replaceOne: { filter: { _id: row._id }, replacement: row, upsert: true } })));
    written += batch.length;
    if (rows.length > batchSize) logger.info({ collection: name, written, total: rows.length }, 'seed: taxonomy progress');
  }
  const stale = [...existing].filter((id) => !wanted.has(id));
  // Filters are sanitised globally ($-operators from callers are refused), so stale records go one delete each.
  await bulkWriteInChunks(model, stale.map((id) => ({ deleteOne: { filter: { _id: id } } })));
}

/**
 * Loads the taxonomy into MongoDB, idempotently. `key` identifies the seed content (a hash of its files): when the
 * database already holds that key, the records are not even read, so restarts stay fast.
 */
export async function upsertTaxonomy(key: string, readData: () => TaxonomyData, logger: Logger): Promise<'loaded' | 'unchanged'> {
  const stored = await taxonomyVersions.findById(versionId).lean();
  if (stored?.key === key) return 'unchanged';
  const data = readData();
  const documents = documentsOf(data);
  for (const name of Object.keys(documents) as Collection[]) await writeCollection(name, documents[name], logger);
  const counts = Object.fromEntries(Object.entries(documents).map(([name, rows]) => [name, rows.length]));
  await taxonomyVersions.replaceOne({ _id: versionId }, { _id: versionId, key, version: data.version, counts }, { upsert: true });
  logger.info({ key, counts }, 'seed: taxonomy loaded');
  return 'loaded';
}

export async function countTaxonomyDocuments(name: Collection): Promise<number> {
  return taxonomyModels[name].countDocuments();
}
