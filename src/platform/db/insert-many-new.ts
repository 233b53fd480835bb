import type { Model } from 'mongoose';
import { isDuplicateKeyError } from './duplicate-key.js';

/** Inserts go out in slices this big: FerretDB writes each one in one SQLite transaction, and progress stays visible. */
export const INSERT_CHUNK = 200;

interface WriteErrorLike {
  index: number;
  code?: number;
  err?: { code?: number };
}

/** Positions of the documents an unordered insert refused for an existing key; any other error is thrown again. */
export function duplicateIndexes(err: unknown): number[] {
  const writeErrors = (err as { writeErrors?: WriteErrorLike[] }).writeErrors ?? [];
  // Mongoose maps each index back to the position in the slice it was given.
  if (writeErrors.length === 0 || !writeErrors.every((e) => isDuplicateKeyError({ code: e.code ?? e.err?.code }))) throw err;
  return writeErrors.map((e) => e.index);
}

/**
 * Inserts documents through the model (casting, defaults, timestamps, schema validation, which must throw
 * rather than drop a document silently), unordered, in slices. Returns the documents refused because their
 * key already exists, so the caller decides: a killed earlier run may have written them. Other errors throw.
 */
export async function insertManyReportingDuplicates<T>(model: Model<never>, docs: readonly T[], chunk = INSERT_CHUNK): Promise<T[]> {
  const refused: T[] = [];
  for (let start = 0; start < docs.length; start += chunk) {
    const slice = docs.slice(start, start + chunk);
    try {
      await model.insertMany(slice as never[], { ordered: false, throwOnValidationError: true });
    } catch (err) {
      refused.push(...duplicateIndexes(err).map((i) => slice[i]!));
    }
  }
  return refused;
}
