import { insertManyReportingDuplicates } from '../../platform/db/insert-many-new.js';
import { ConsentModel, type ConsentDocument, type ConsentPurpose } from './consent.model.js';

export interface Consent {
  id: string;
  candidateId: string;
  purpose: ConsentPurpose;
  employerId?: string;
  grantedAt: Date;
  recordedBy: string;
  withdrawnAt?: Date;
  withdrawnBy?: string;
}

function toConsent(doc: ConsentDocument): Consent {
  return {
    id: doc._id,
    candidateId: doc.candidateId,
    purpose: doc.purpose as ConsentPurpose,
    grantedAt: doc.grantedAt,
    recordedBy: doc.recordedBy,
    ...(doc.employerId ? { employerId: doc.employerId } : {}),
    ...(doc.withdrawnAt ? { withdrawnAt: doc.withdrawnAt } : {}),
    ...(doc.withdrawnBy ? { withdrawnBy: doc.withdrawnBy } : {}),
  };
}

export async function insertConsent(consent: Consent): Promise<Consent> {
  const { id, ...fields } = consent;
  await ConsentModel.create({ _id: id, ...fields });
  return consent;
}

/**
 * Bulk registration: consents whose id is already stored are skipped, since the id names purpose, date and
 * recorder (a rerun after a killed seed writes each once).
 */
export async function insertNewConsents(consents: Consent[]): Promise<void> {
  await insertManyReportingDuplicates(ConsentModel as never, consents.map(({ id, ...fields }) => ({ _id: id, ...fields })));
}

export async function findConsentsOfCandidate(candidateId: string): Promise<Consent[]> {
  const docs = await ConsentModel.find({ candidateId }).sort({ grantedAt: 1, _id: 1 }).lean<ConsentDocument[]>();
  return docs.map(toConsent);
}

/** Withdrawal keeps the record: when consent existed and when it ended are both facts the centre must show. */
export async function markConsentWithdrawn(candidateId: string, id: string, by: string, at = new Date()): Promise<Consent | undefined> {
  const doc = await ConsentModel.findOneAndUpdate(
    { _id: id, candidateId, withdrawnAt: null },
    { $set: { withdrawnAt: at, withdrawnBy: by } },
    { returnDocument: 'after' },
  ).lean<ConsentDocument>();
  return doc ? toConsent(doc) : undefined;
}

export async function deleteConsentsOfCandidate(candidateId: string): Promise<number> {
  const result = await ConsentModel.deleteMany({ candidateId });
  return result.deletedCount;
}
