import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import path from 'node:path';
import type { Logger } from '../logger.js';

export interface EmbeddedDatabase {
  uri: string;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  binary: string;
  dataDir: string;
  logger: Logger;
  databaseName?: string;
  startTimeoutMs?: number;
}

export class EmbeddedDatabaseError extends Error {
  override name = 'EmbeddedDatabaseError';
}

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => socket.end(() => resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

async function waitForPort(port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new EmbeddedDatabaseError(`FerretDB exited early with code ${child.exitCode}`);
    if (await canConnect(port)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new EmbeddedDatabaseError(`FerretDB did not listen on port ${port} within ${timeoutMs} ms`);
}

function stopChild(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts FerretDB v1 with its SQLite backend as a child process on a free loopback port.
 * The debug listener is disabled because its fixed default port collides between two instances,
 * and telemetry is disabled because this machine has no route to the internet.
 */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const binary = path.resolve(options.binary);
  if (!existsSync(binary)) {
    throw new EmbeddedDatabaseError(
      `FerretDB binary not found at ${binary}. Run "node scripts/setup-ferretdb.mjs" (needs Go >= 1.22), or set MONGODB_URI.`,
    );
  }
  const dataDir = path.resolve(options.dataDir);
  const sqliteDir = path.join(dataDir, 'sqlite');
  const stateDir = path.join(dataDir, 'state');
  mkdirSync(sqliteDir, { recursive: true });
  mkdirSync(stateDir, { recursive: true });
  const port = await findFreePort();
  const args = [
    '--handler=sqlite',
    `--sqlite-url=file:${sqliteDir}/`,
    `--listen-addr=127.0.0.1:${port}`,
    `--state-dir=${stateDir}`,
    '--debug-addr=-',
    '--telemetry=disable',
    '--log-level=warn',
  ];
  const log = options.logger.child({ component: 'ferretdb' });
  log.info({ port, dataDir }, 'starting embedded FerretDB');
  const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr?.on('data', (chunk: Buffer) => log.debug({ line: chunk.toString().trim().slice(0, 500) }, 'ferretdb output'));
  child.on('exit', (code, signal) => log.info({ code, signal }, 'FerretDB exited'));
  try {
    await waitForPort(port, child, options.startTimeoutMs ?? 15_000);
  } catch (err) {
    await stopChild(child);
    throw err;
  }
  const databaseName = options.databaseName ?? 'prima';
  return { uri: `mongodb://127.0.0.1:${port}/${databaseName}`, stop: () => stopChild(child) };
}
