import path from 'node:path';
import { EscoTaxonomy } from './taxonomy.index.js';
import { defaultTaxonomyDir } from './taxonomy.seeds.js';
import { readOrBuildTaxonomySnapshot, type TaxonomySnapshot } from './taxonomy.snapshot.js';

export { defaultTaxonomyDir, readTaxonomyData, TaxonomyMissingError } from './taxonomy.seeds.js';

const snapshots = new Map<string, TaxonomySnapshot>();
const taxonomies = new Map<string, EscoTaxonomy>();

/** The prebuilt snapshot of this process for a seed folder, read (or built) once and then shared. */
export function loadTaxonomySnapshot(dir = defaultTaxonomyDir): TaxonomySnapshot {
  const key = path.resolve(dir);
  let snapshot = snapshots.get(key);
  if (!snapshot) {
    snapshot = readOrBuildTaxonomySnapshot(key);
    snapshots.set(key, snapshot);
  }
  return snapshot;
}

/** The taxonomy index of this process, loaded once per folder and then shared. */
export function loadTaxonomy(dir = defaultTaxonomyDir): EscoTaxonomy {
  const key = path.resolve(dir);
  let index = taxonomies.get(key);
  if (!index) {
    index = new EscoTaxonomy(loadTaxonomySnapshot(key).data);
    taxonomies.set(key, index);
  }
  return index;
}
