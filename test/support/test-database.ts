import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../src/platform/db/ferretdb-process.js';
import { connectDatabase, disconnectDatabase } from '../../src/platform/db/connect.js';
import { createLogger } from '../../src/platform/logger.js';

/**
 * One real database for the whole run: TEST_MONGODB_URI when set, otherwise a fresh FerretDB on a
 * random port in a temporary folder, removed at the end. Never a mock.
 */
let started: { embedded?: EmbeddedDatabase; dir?: string; uri: string } | undefined;
let starting: Promise<string> | undefined;

export const testLogger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');

async function start(): Promise<string> {
  const external = process.env.TEST_MONGODB_URI;
  if (external) {
    const uri = external.replace(/\/([^/?]*)(\?|$)/, `/prima_test_${process.pid}$2`);
    started = { uri };
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), 'prima-test-db-'));
    const embedded = await startEmbeddedDatabase({
      binary: process.env.FERRETDB_BIN ?? '.tools/bin/ferretdb',
      dataDir: dir,
      logger: testLogger,
      databaseName: 'prima_test',
    });
    started = { embedded, dir, uri: embedded.uri };
  }
  await connectDatabase(started.uri, 10_000, testLogger);
  return started.uri;
}

/** Starts (once) and connects the test database; returns its URI. */
export function useTestDatabase(): Promise<string> {
  starting ??= start();
  return starting;
}

/** Empties every collection, keeping indexes, so each test starts from a known state. */
export async function clearDatabase(): Promise<void> {
  const db = mongoose.connection.db;
  if (!db) return;
  const collections = await db.listCollections({}, { nameOnly: true }).toArray();
  await Promise.all(collections.map((c) => db.collection(c.name).deleteMany({})));
}

export async function stopTestDatabase(): Promise<void> {
  if (!started) return;
  if (process.env.TEST_MONGODB_URI) await mongoose.connection.db?.dropDatabase();
  await disconnectDatabase();
  await started.embedded?.stop();
  if (started.dir) rmSync(started.dir, { recursive: true, force: true });
  started = undefined;
  starting = undefined;
}
