import type { AppConfig } from '../../config/env.js';
import type { Logger } from '../logger.js';
import { connectDatabase, disconnectDatabase } from './connect.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './ferretdb-process.js';

export interface DatabaseRuntime {
  uri: string;
  embedded: boolean;
  close(): Promise<void>;
}

type DbConfig = Pick<AppConfig, 'MONGODB_URI' | 'DATA_DIR' | 'FERRETDB_BIN' | 'DB_TIMEOUT_MS'>;

/** Connects to MONGODB_URI when set; otherwise starts the embedded FerretDB and connects to it. */
export async function openDatabase(config: DbConfig, logger: Logger): Promise<DatabaseRuntime> {
  let embedded: EmbeddedDatabase | undefined;
  let uri = config.MONGODB_URI;
  if (!uri) {
    embedded = await startEmbeddedDatabase({ binary: config.FERRETDB_BIN, dataDir: config.DATA_DIR, logger });
    uri = embedded.uri;
  }
  try {
    await connectDatabase(uri, config.DB_TIMEOUT_MS, logger);
  } catch (err) {
    await embedded?.stop();
    throw err;
  }
  return {
    uri,
    embedded: Boolean(embedded),
    close: async () => {
      await disconnectDatabase();
      await embedded?.stop();
    },
  };
}
