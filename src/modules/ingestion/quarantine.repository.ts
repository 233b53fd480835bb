import { Types } from 'mongoose';
import type { FieldIssue } from '../../platform/errors.js';
import { QuarantineModel } from './quarantine.model.js';

export interface QuarantinedRecord {
  id: string;
  source: string;
  runId: string;
  externalId?: string;
  raw: unknown;
  reasons: FieldIssue[];
  status: 'open' | 'replayed' | 'discarded';
  corrected?: unknown;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewQuarantineEntry {
  source: string;
  runId: string;
  externalId?: string;
  raw: unknown;
  reasons: FieldIssue[];
}

type Row = Omit<QuarantinedRecord, 'id' | 'externalId'> & { _id: Types.ObjectId; externalId?: string | null };

function toQuarantined(row: Row): QuarantinedRecord {
  const { _id, externalId, ...rest } = row;
  return { id: _id.toHexString(), ...rest, ...(externalId ? { externalId } : {}) };
}

/** One insertMany per page: quarantining never costs a write per record. */
export async function quarantineRecords(entries: NewQuarantineEntry[]): Promise<void> {
  if (entries.length > 0) await QuarantineModel.insertMany(entries.map((e) => ({ ...e })), { ordered: false });
}

export async function listQuarantine(source: string | undefined, status: string, limit: number): Promise<QuarantinedRecord[]> {
  const filter: Record<string, string> = source ? { source, status } : { status };
  const rows = await QuarantineModel.find(filter).sort({ createdAt: -1 }).limit(limit).lean<Row[]>();
  return rows.map(toQuarantined);
}

export async function findQuarantined(id: string): Promise<QuarantinedRecord | undefined> {
  if (!Types.ObjectId.isValid(id)) return undefined;
  const row = await QuarantineModel.findById(id).lean<Row>();
  return row ? toQuarantined(row) : undefined;
}

export async function saveCorrection(id: string, corrected: unknown): Promise<void> {
  await QuarantineModel.updateOne({ _id: id }, { $set: { corrected } });
}

export async function markReplayed(id: string): Promise<void> {
  await QuarantineModel.updateOne({ _id: id }, { $set: { status: 'replayed', replayedAt: new Date() } });
}
