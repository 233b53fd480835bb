import { createHash } from 'node:crypto';
import type { Logger } from '../../platform/logger.js';
import { referenceModels, referenceTableVersions } from './reference.model.js';
import type { ReferenceTables } from './reference.types.js';
import { bulkWriteInChunks } from '../../platform/db/chunked-bulk-write.js';

type Table = keyof ReferenceTables;
type Row = Record<string, unknown>;

const keyOf: Record<Table, (row: Row) => string> = {
  comuni: (row) => String(row.istat),
  provinces: (row) => String(row.code),
  regions: (row) => String(row.code),
  permitReasons: (row) => String(row.code),
  cefrLevels: (row) => String(row.code),
  ateco: (row) => String(row.code),
};

const fingerprint = (rows: Row[]): string => createHash('sha256').update(JSON.stringify(rows)).digest('hex');

/**
 * Upserts every reference table by its code. A table whose content fingerprint is already recorded
 * is skipped, and new codes go in with insertMany: on FerretDB an upsert that inserts costs ~30 ms,
 * which would make the 7,896 comuni take minutes.
 */
export async function upsertReferenceTables(tables: ReferenceTables, logger: Logger): Promise<void> {
  for (const table of Object.keys(keyOf) as Table[]) {
    const rows = tables[table] as unknown as Row[];
    const hash = fingerprint(rows);
    const version = await referenceTableVersions.findById(table).lean();
    if (version?.hash === hash) continue;
    await writeTable(table, rows);
    await referenceTableVersions.replaceOne({ _id: table }, { _id: table, hash, count: rows.length }, { upsert: true });
    logger.info({ table, count: rows.length }, 'seed: reference table loaded');
  }
}

async function writeTable(table: Table, rows: Row[]): Promise<void> {
  const model = referenceModels[table];
  const existing = new Set((await model.find({}, { _id: 1 }).lean()).map((doc) => String(doc._id)));
  const documents = rows.map((row) => ({ _id: keyOf[table](row), ...row }));
  const fresh = documents.filter((doc) => !existing.has(doc._id));
  const known = documents.filter((doc) => existing.has(doc._id));
  if (fresh.length > 0) await model.insertMany(fresh, { ordered: false });
  if (known.length > 0) {
    await bulkWriteInChunks(
      model as unknown as Parameters<typeof bulkWriteInChunks>[0],
      known.map((doc) => ({ replaceOne: { filter: { _id: doc._id }, replacement: doc, upsert: true } })),
    );
  }
}

export async function countReferenceComuni(): Promise<number> {
  return referenceModels.comuni.countDocuments();
}
