import { isDuplicateKeyError } from '../../platform/db/duplicate-key.js';
import { ConflictError } from '../../platform/errors.js';
import { SourceModel } from './source.model.js';
import type { SourceDefinition } from './source.schema.js';

export interface StoredSource {
  name: string;
  definition: SourceDefinition;
  completedRuns: number;
  consecutiveFailures: number;
  paused: boolean;
  pausedReason?: string;
  lastRunAt?: Date;
  lastRunStatus?: string;
}

interface SourceRow extends Omit<StoredSource, 'pausedReason' | 'lastRunAt' | 'lastRunStatus'> {
  pausedReason?: string | null;
  lastRunAt?: Date | null;
  lastRunStatus?: string | null;
}

function toStoredSource(row: SourceRow): StoredSource {
  return {
    name: row.name,
    definition: row.definition,
    completedRuns: row.completedRuns,
    consecutiveFailures: row.consecutiveFailures,
    paused: row.paused,
    ...(row.pausedReason ? { pausedReason: row.pausedReason } : {}),
    ...(row.lastRunAt ? { lastRunAt: row.lastRunAt } : {}),
    ...(row.lastRunStatus ? { lastRunStatus: row.lastRunStatus } : {}),
  };
}

export async function insertSource(definition: SourceDefinition): Promise<StoredSource> {
  try {
    const created = await SourceModel.create({ name: definition.name, definition });
    return toStoredSource(created.toObject() as SourceRow);
  } catch (err) {
    if (isDuplicateKeyError(err)) throw new ConflictError(`A source named "${definition.name}" already exists`, { name: definition.name });
    throw err;
  }
}

export async function findSource(name: string): Promise<StoredSource | undefined> {
  const row = await SourceModel.findOne({ name }).lean<SourceRow>();
  return row ? toStoredSource(row) : undefined;
}

export async function listSources(): Promise<StoredSource[]> {
  const rows = await SourceModel.find({}).sort({ name: 1 }).lean<SourceRow[]>();
  return rows.map(toStoredSource);
}

export async function saveSourceDefinition(name: string, definition: SourceDefinition, resume: boolean): Promise<StoredSource | undefined> {
  const resumeFields = resume ? { paused: false, consecutiveFailures: 0 } : {};
  const row = await SourceModel.findOneAndUpdate({ name }, { $set: { definition, ...resumeFields } }, { returnDocument: 'after' }).lean<SourceRow>();
  return row ? toStoredSource(row) : undefined;
}

export async function deleteSource(name: string): Promise<boolean> {
  return (await SourceModel.deleteOne({ name })).deletedCount === 1;
}

/** A successful run advances the completed-run sequence and clears the failure streak. */
export async function recordRunSuccess(name: string, seq: number): Promise<void> {
  await SourceModel.updateOne({ name }, { $set: { completedRuns: seq, consecutiveFailures: 0, lastRunAt: new Date(), lastRunStatus: 'succeeded' } });
}

/** A failed run extends the streak; at the source's limit the source is paused and flagged for staff. */
export async function recordRunFailure(name: string, limit: number, reason: string): Promise<StoredSource | undefined> {
  const row = await SourceModel.findOneAndUpdate(
    { name },
    { $inc: { consecutiveFailures: 1 }, $set: { lastRunAt: new Date(), lastRunStatus: 'failed' } },
    { returnDocument: 'after' },
  ).lean<SourceRow>();
  if (!row || row.consecutiveFailures < limit) return row ? toStoredSource(row) : undefined;
  const pausedReason = `paused after ${row.consecutiveFailures} consecutive failed runs; last: ${reason.slice(0, 300)}`;
  await SourceModel.updateOne({ name }, { $set: { paused: true, pausedReason } });
  return toStoredSource({ ...row, paused: true, pausedReason });
}
