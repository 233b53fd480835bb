import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { ReferenceTables } from './reference.types.js';

/** Walks up from this file to the project root, so the seeds are found from src/ (tsx) and dist/ (build) alike. */
export function findSeedsDir(start = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  while (!existsSync(path.join(dir, 'seeds', 'reference'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`seeds/reference not found above ${start}`);
    dir = parent;
  }
  return path.join(dir, 'seeds');
}

function readGzipJson<T>(dir: string, name: string): T {
  return JSON.parse(gunzipSync(readFileSync(path.join(dir, `${name}.json.gz`))).toString('utf8')) as T;
}

/** Reads the tables written by scripts/build-reference-seeds.ts; our own generated files, so no schema check. */
export function readReferenceTables(referenceDir = path.join(findSeedsDir(), 'reference')): ReferenceTables {
  return {
    comuni: readGzipJson(referenceDir, 'comuni'),
    provinces: readGzipJson(referenceDir, 'provinces'),
    regions: readGzipJson(referenceDir, 'regions'),
    permitReasons: readGzipJson(referenceDir, 'permit-reasons'),
    cefrLevels: readGzipJson(referenceDir, 'cefr-levels'),
    ateco: readGzipJson(referenceDir, 'ateco'),
  };
}
