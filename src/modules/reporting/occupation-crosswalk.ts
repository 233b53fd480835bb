import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { defaultTaxonomyDir } from '../taxonomy/taxonomy.loader.js';
import { crosswalkRecordSchema, type CrosswalkRecord } from '../taxonomy/taxonomy.records.js';

/** Closest first: an exact match beats a close one, which beats a narrower or broader CP2011 unit. */
const relationRank: Record<string, number> = { exactMatch: 0, closeMatch: 1, narrowMatch: 2, broadMatch: 3 };

/** ESCO occupation URI → the single CP2011 five-level code regional systems expect. */
export function buildCp2011Lookup(records: readonly CrosswalkRecord[]): (escoUri: string) => string | undefined {
  const best = new Map<string, CrosswalkRecord>();
  for (const record of records) {
    const current = best.get(record.esco);
    const rank = (r: CrosswalkRecord): number => relationRank[r.relation] ?? 9;
    if (!current || rank(record) < rank(current) || (rank(record) === rank(current) && record.cp < current.cp)) best.set(record.esco, record);
  }
  return (uri) => best.get(uri)?.cp;
}

let shared: ((escoUri: string) => string | undefined) | undefined;

/** Reads only the crosswalk seed (not the whole taxonomy), once per process. */
export function loadCp2011Lookup(dir = defaultTaxonomyDir): (escoUri: string) => string | undefined {
  if (shared) return shared;
  const file = path.join(dir, 'cp2011-esco-crosswalk.jsonl.gz');
  const lines = existsSync(file) ? gunzipSync(readFileSync(file)).toString('utf8').split('\n').filter((l) => l.length > 0) : [];
  shared = buildCp2011Lookup(lines.map((line) => crosswalkRecordSchema.parse(JSON.parse(line))));
  return shared;
}
