/**
 * FerretDB v1.24 (SQLite) never answers an `update` or `delete` command that carries more than
 * about 60–100 statements (measured: 60 replaces answer in 0.1 s, 100 hang forever), and then the
 * connection stays blocked. So update, replace and delete batches go out in chunks of this size.
 */
export const SAFE_BULK_CHUNK = 50;

interface BulkWriter<Op> {
  bulkWrite(ops: Op[], options: { ordered: boolean }): Promise<unknown>;
}

export async function bulkWriteInChunks<Op>(target: BulkWriter<Op>, ops: readonly Op[], chunk = SAFE_BULK_CHUNK): Promise<void> {
  for (let start = 0; start < ops.length; start += chunk) {
    await target.bulkWrite(ops.slice(start, start + chunk), { ordered: false });
  }
}
