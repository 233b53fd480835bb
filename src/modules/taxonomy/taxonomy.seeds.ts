import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import {
  cp2011TitleRecordSchema, cp2011UnitRecordSchema, crosswalkRecordSchema, iscoGroupRecordSchema, occupationRecordSchema,
  skillGroupRecordSchema, skillRecordSchema, skillRelationRecordSchema, type TaxonomyData,
} from './taxonomy.records.js';

export const defaultTaxonomyDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../seeds/taxonomy');

export class TaxonomyMissingError extends Error {
  override name = 'TaxonomyMissingError';
}

const manifestSchema = z.object({ version: z.string() });

function readJsonl<S extends z.ZodType>(dir: string, name: string, schema: S): z.output<S>[] {
  const file = path.join(dir, `${name}.jsonl.gz`);
  if (!existsSync(file)) throw new TaxonomyMissingError(`taxonomy file ${file} is missing; run scripts/build-taxonomy-seeds.ts`);
  const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
  // The seeds are built by our own script, so a bad line is a build bug: fail loudly with its position.
  return lines.filter((line) => line.length > 0).map((line, i) => {
    const parsed = schema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${name}.jsonl.gz line ${i + 1}: ${parsed.error.message}`);
    return parsed.data;
  });
}

/** Reads every seed file of the taxonomy into plain records. */
export function readTaxonomyData(dir = defaultTaxonomyDir): TaxonomyData {
  const manifestFile = path.join(dir, 'manifest.json');
  if (!existsSync(manifestFile)) throw new TaxonomyMissingError(`taxonomy manifest ${manifestFile} is missing`);
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(manifestFile, 'utf8')));
  return {
    version: manifest.version,
    skills: readJsonl(dir, 'skills', skillRecordSchema),
    skillGroups: readJsonl(dir, 'skill-groups', skillGroupRecordSchema),
    skillRelations: readJsonl(dir, 'skill-relations', skillRelationRecordSchema),
    occupations: readJsonl(dir, 'occupations', occupationRecordSchema),
    iscoGroups: readJsonl(dir, 'isco-groups', iscoGroupRecordSchema),
    cp2011Titles: readJsonl(dir, 'cp2011-titles', cp2011TitleRecordSchema),
    cp2011Units: readJsonl(dir, 'cp2011-units', cp2011UnitRecordSchema),
    crosswalk: readJsonl(dir, 'cp2011-esco-crosswalk', crosswalkRecordSchema),
  };
}
