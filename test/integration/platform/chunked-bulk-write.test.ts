import { expect } from 'chai';
import mongoose from 'mongoose';
import { bulkWriteInChunks } from '../../../src/platform/db/chunked-bulk-write.js';
import { useTestDatabase } from '../../support/test-database.js';

describe('chunked bulk writes on the real database', () => {
  before(async () => {
    await useTestDatabase();
  });

  it('when 300 existing documents are replaced at once, then every one is rewritten and the call returns', async () => {
    const collection = mongoose.connection.db!.collection<{ _id: string; v: number }>('chunked_bulk_probe');
    await collection.deleteMany({});
    await collection.insertMany(Array.from({ length: 300 }, (_, i) => ({ _id: `c${i}`, v: 1 })));
    await bulkWriteInChunks(
      collection,
      Array.from({ length: 300 }, (_, i) => ({ replaceOne: { filter: { _id: `c${i}` }, replacement: { v: 2 }, upsert: true } })),
    );
    expect(await collection.countDocuments({ v: 2 })).to.equal(300);
  });
});
