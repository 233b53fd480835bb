import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { TaxonomyData } from './taxonomy.records.js';
import { defaultTaxonomyDir, readTaxonomyData, TaxonomyMissingError } from './taxonomy.seeds.js';
import { readSkillLexicon, type SkillLexiconEntry } from './recognition/skill-lexicon.js';
import { trainLanguageDetector, type LanguageDetectorSnapshot } from './text/language-detector.js';
import { languageSamples } from './language-samples.js';
import { stemTableOf, type StemTable } from './text/stemmer.js';
import { supportedLangs, type Lang } from './taxonomy.types.js';
import { buildOccupationIndexes, buildSkillIndexes } from './recognition/index-builders.js';
import type { SkillExtractorSnapshot } from './recognition/skill-extractor.js';
import type { OccupationClassifierSnapshot } from './recognition/occupation-classifier.js';

/**
 * Everything a process needs to recognise concepts, prebuilt from the seeds: the validated records, the language
 * detector's counts and the analysed (stemmed) label and description indexes as typed arrays. Building it analyses
 * every ESCO text (tens of seconds on a busy machine); reading it back is one v8 deserialisation.
 */
export interface TaxonomySnapshot {
  format: number;
  key: string;
  data: TaxonomyData;
  lexicon: SkillLexiconEntry[];
  detector: LanguageDetectorSnapshot;
  skills: SkillExtractorSnapshot;
  occupations: OccupationClassifierSnapshot;
  /** Every word of the indexed ESCO texts with its stem, per language, so a new process starts with a warm stem cache. */
  stems: Record<Lang, StemTable>;
}

/** Bumped whenever the builders change what they store, so an old file is rebuilt rather than misread. */
const snapshotFormat = 15;

export const defaultTaxonomyCacheDir = path.resolve(defaultTaxonomyDir, '../../.tools/cache/taxonomy');

/** The cache key: a hash over every seed file's name and bytes, and the format. */
export function taxonomySeedKey(dir: string): string {
  if (!existsSync(path.join(dir, 'manifest.json'))) throw new TaxonomyMissingError(`taxonomy manifest in ${dir} is missing`);
  const hash = createHash('sha256').update(`format ${snapshotFormat}\n`);
  for (const name of readdirSync(dir).sort()) hash.update(`${name}\n`).update(readFileSync(path.join(dir, name)));
  return hash.digest('hex').slice(0, 16);
}

export function buildTaxonomySnapshot(dir: string, key: string): TaxonomySnapshot {
  const data = readTaxonomyData(dir);
  const lexicon = readSkillLexicon(dir);
  const skills = buildSkillIndexes(data, lexicon);
  const occupations = buildOccupationIndexes(data);
  // Taken after the builders have analysed every label and description: the stem cache then holds the ESCO vocabulary.
  const stems = Object.fromEntries(supportedLangs.map((lang) => [lang, stemTableOf(lang)])) as Record<Lang, StemTable>;
  return { format: snapshotFormat, key, data, lexicon, detector: trainLanguageDetector(languageSamples({ data })).snapshot, skills, occupations, stems };
}

function readSnapshotFile(file: string, key: string): TaxonomySnapshot | undefined {
  if (!existsSync(file)) return undefined;
  // Our own file, written below from validated seeds: checking its format and key is enough to trust its shape.
  const snapshot = deserialize(readFileSync(file)) as Partial<TaxonomySnapshot> | null;
  return snapshot?.format === snapshotFormat && snapshot.key === key ? (snapshot as TaxonomySnapshot) : undefined;
}

function writeSnapshotFile(cacheDir: string, prefix: string, snapshot: TaxonomySnapshot): void {
  const name = `${prefix}${snapshot.key}.v8`;
  try {
    mkdirSync(cacheDir, { recursive: true });
    for (const old of readdirSync(cacheDir).filter((f) => f.startsWith(prefix) && f !== name)) rmSync(path.join(cacheDir, old), { force: true });
    // Write then rename, so a concurrent process never reads half a file.
    const temporary = path.join(cacheDir, `${name}.${process.pid}.tmp`);
    writeFileSync(temporary, serialize(snapshot));
    renameSync(temporary, path.join(cacheDir, name));
  } catch (error) {
    // The file only saves time: a read-only disk must not stop recognition, but it should be visible.
    process.emitWarning(`taxonomy index cache not written to ${cacheDir}: ${String(error)}`);
  }
}

/** The prebuilt snapshot for the seed folder: read from the cache when its key matches, else built and cached. */
export function readOrBuildTaxonomySnapshot(dir = defaultTaxonomyDir, cacheDir = defaultTaxonomyCacheDir): TaxonomySnapshot {
  const key = taxonomySeedKey(dir);
  // One file per seed folder (named by its path), replaced when the seeds change.
  const prefix = `index-${createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 8)}-`;
  const cached = readSnapshotFile(path.join(cacheDir, `${prefix}${key}.v8`), key);
  if (cached) return cached;
  const built = buildTaxonomySnapshot(dir, key);
  writeSnapshotFile(cacheDir, prefix, built);
  return built;
}
