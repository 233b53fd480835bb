import mongoose, { Types } from 'mongoose';
import { RunModel, type RunStatus } from './run.model.js';

export interface RunCounts {
  fetched: number;
  created: number;
  updated: number;
  unchanged: number;
  quarantined: number;
  duplicates: number;
  expired: number;
  errors: number;
  pages: number;
}

export interface RunTimings {
  fetchMs: number;
  validateMs: number;
  analyseMs: number;
  writeMs: number;
  totalMs: number;
}

export interface RunCheckpoint {
  pageIndex: number;
  url: string;
}

export interface IngestionRun {
  id: string;
  source: string;
  seq: number;
  trigger: string;
  status: RunStatus;
  startedAt: Date;
  finishedAt?: Date;
  checkpoint?: RunCheckpoint;
  counts: RunCounts;
  timings: RunTimings;
  errorMessages: string[];
}

type RunRow = Omit<IngestionRun, 'id' | 'finishedAt' | 'checkpoint'> & { _id: Types.ObjectId; finishedAt?: Date | null; checkpoint?: Partial<RunCheckpoint> | null };

function toRun(row: RunRow): IngestionRun {
  const { _id, finishedAt, checkpoint, ...rest } = row;
  const hasCheckpoint = checkpoint?.url !== undefined && checkpoint.pageIndex !== undefined;
  return { id: _id.toHexString(), ...rest, ...(finishedAt ? { finishedAt } : {}), ...(hasCheckpoint ? { checkpoint: checkpoint as RunCheckpoint } : {}) };
}

export async function insertRun(source: string, seq: number, trigger: string): Promise<IngestionRun> {
  const [created] = await RunModel.insertMany([{ source, seq, trigger, status: 'running', startedAt: new Date(), heartbeatAt: new Date() }]);
  return toRun(created!.toObject() as unknown as RunRow);
}

/** Saves progress after each page: counts so far and where the next run may resume. */
export async function saveRunProgress(id: string, counts: RunCounts, timings: RunTimings, checkpoint?: RunCheckpoint): Promise<void> {
  await RunModel.updateOne({ _id: id }, { $set: { counts, timings, heartbeatAt: new Date(), ...(checkpoint ? { checkpoint } : {}) } });
}

export async function finishRun(id: string, status: RunStatus, counts: RunCounts, timings: RunTimings, errorMessages: string[]): Promise<void> {
  await RunModel.updateOne({ _id: id }, { $set: { status, counts, timings, errorMessages: errorMessages.slice(0, 50), finishedAt: new Date() } });
}

/**
 * Runs still "running" when we hold the lease belong to a process that died. They are marked abandoned;
 * the latest is returned so its checkpoint can be resumed.
 */
export async function abandonStaleRuns(source: string): Promise<IngestionRun | undefined> {
  const stale = await RunModel.find({ source, status: 'running' }).sort({ startedAt: -1 }).lean<RunRow[]>();
  if (stale.length === 0) return undefined;
  await RunModel.updateMany({ _id: mongoose.trusted({ $in: stale.map((r) => r._id) }) }, { $set: { status: 'abandoned', finishedAt: new Date() } });
  return toRun(stale[0]!);
}

export async function listRuns(source: string, limit: number): Promise<IngestionRun[]> {
  const rows = await RunModel.find({ source }).sort({ startedAt: -1 }).limit(limit).lean<RunRow[]>();
  return rows.map(toRun);
}

export async function findRun(id: string): Promise<IngestionRun | undefined> {
  if (!Types.ObjectId.isValid(id)) return undefined;
  const row = await RunModel.findById(id).lean<RunRow>();
  return row ? toRun(row) : undefined;
}
