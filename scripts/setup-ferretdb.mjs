#!/usr/bin/env node
// Builds the embedded database, FerretDB v1 with its SQLite backend, into .tools/bin (git-ignored),
// and reuses it when it is already there. Skipped when MONGODB_URI points at an external server.
//
// Why not only `go install …@v1.24.2`: that binary panics at start ("Invalid build/version/version.txt")
// because FerretDB's release tooling generates version.txt and the module zip lacks it. So we try
// `go install` first, and when the binary fails its own --version check we rebuild the same module
// source from Go's module cache with version.txt written in.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const toolsDir = path.join(root, '.tools');
const binDir = path.join(toolsDir, 'bin');
const binary = process.env.FERRETDB_BIN ? path.resolve(process.env.FERRETDB_BIN) : path.join(binDir, 'ferretdb');
const versions = ['v1.24.2', 'v1.24.1'];
const say = (msg) => process.stderr.write(`[setup] ${msg}\n`);

function works(bin) {
  if (!existsSync(bin)) return false;
  const r = spawnSync(bin, ['--version'], { encoding: 'utf8' });
  return r.status === 0 && /version: v1\.24\./.test(r.stdout);
}

function goAvailable() {
  const r = spawnSync('go', ['version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

function goInstall(version) {
  say(`go install github.com/FerretDB/FerretDB/cmd/ferretdb@${version} (first build takes a few minutes)…`);
  execFileSync('go', ['install', `github.com/FerretDB/FerretDB/cmd/ferretdb@${version}`], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, GOBIN: binDir, CGO_ENABLED: '0' },
  });
}

function buildFromModuleSource(version) {
  say(`rebuilding FerretDB ${version} from the module source with its version file…`);
  const info = JSON.parse(execFileSync('go', ['mod', 'download', '-json', `github.com/FerretDB/FerretDB@${version}`], { encoding: 'utf8' }));
  const src = path.join(toolsDir, 'src', `ferretdb-${version}`);
  rmSync(src, { recursive: true, force: true });
  cpSync(info.Dir, src, { recursive: true });
  execFileSync('chmod', ['-R', 'u+w', src]);
  writeFileSync(path.join(src, 'build', 'version', 'version.txt'), `${version}\n`);
  execFileSync('go', ['build', '-o', binary, './cmd/ferretdb'], {
    cwd: src,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, CGO_ENABLED: '0', GOFLAGS: '-mod=mod' },
  });
  chmodSync(binary, 0o755);
}

function main() {
  if (process.env.MONGODB_URI) {
    say('MONGODB_URI is set: using that server, no embedded database needed.');
    return 0;
  }
  if (works(binary)) return 0;
  const go = goAvailable();
  if (!go) {
    say('Go was not found. Either set MONGODB_URI to a MongoDB server, or install Go >= 1.22 so the embedded FerretDB can be built.');
    return 1;
  }
  say(`building the embedded database with ${go}`);
  mkdirSync(binDir, { recursive: true });
  const failures = [];
  for (const version of versions) {
    try {
      goInstall(version);
      if (works(binary)) return done(version);
      buildFromModuleSource(version);
      if (works(binary)) return done(version);
      failures.push(`${version}: the built binary fails its --version check`);
    } catch (err) {
      failures.push(`${version}: ${err.message}`);
    }
  }
  say(`could not build FerretDB:\n  ${failures.join('\n  ')}`);
  return 1;
}

function done(version) {
  say(`FerretDB ${version} ready at ${path.relative(root, binary)}`);
  return 0;
}

process.exit(main());
