/**
 * Converts the ESCO CSV exports and the Italian CP2011 tables under ../shared/data into the compact gzipped
 * JSON Lines that ship in seeds/taxonomy/. Usage: `npx tsx scripts/build-taxonomy-seeds.ts [sharedFolder]`.
 * Run it again whenever the sources change; the output is deterministic (sorted by URI or code).
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

type Row = Record<string, string>;

const shared = path.resolve(process.argv[2] ?? '../shared');
const data = path.join(shared, 'data');
const outDir = path.resolve('seeds/taxonomy');

function readCsv(relative: string, skipLines = 0): Row[] {
  const file = path.join(data, relative);
  if (!existsSync(file)) throw new Error(`missing source file ${file}`);
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const body = skipLines > 0 ? text.split('\n').slice(skipLines).join('\n') : text;
  return parse(body, { columns: true, skip_empty_lines: true, relax_column_count: true }) as Row[];
}

/** ESCO multi-value cells use newlines in the main exports and " | " in the collection exports. */
function splitList(value: string | undefined): string[] {
  if (!value) return [];
  return [...new Set(value.split(/\n| \| /).map((s) => s.trim()).filter(Boolean))];
}

function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0))) as T;
}

function writeJsonl(name: string, records: object[]): number {
  const text = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
  const gz = gzipSync(text, { level: 9 });
  writeFileSync(path.join(outDir, `${name}.jsonl.gz`), gz);
  process.stdout.write(`${name}: ${records.length} records, ${(gz.length / 1024).toFixed(0)} KiB\n`);
  return records.length;
}

function byKey<T>(rows: Row[], key: string, map: (row: Row) => T): Map<string, T> {
  return new Map(rows.map((row) => [row[key] ?? '', map(row)]));
}

function labelsOf(row: Row | undefined): { pref: string; alt?: string[]; hidden?: string[] } | undefined {
  if (!row?.preferredLabel) return undefined;
  return compact({ pref: row.preferredLabel, alt: splitList(row.altLabels), hidden: splitList(row.hiddenLabels) });
}

const collectionFiles = { digital: 'digitalSkillsCollection', green: 'greenSkillsCollection', language: 'languageSkillsCollection', transversal: 'transversalSkillsCollection', digcomp: 'digCompSkillsCollection', research: 'researchSkillsCollection' } as const;

function buildSkills(): { skills: object[]; groups: object[] } {
  const skills = readCsv('esco/v1.1.1/en/skills_en.csv');
  const groups = readCsv('esco/v1.1.1/en/skillGroups_en.csv');
  const groupsFr = byKey(readCsv('esco/v1.1.1/fr/skillGroups_fr.csv'), 'conceptUri', (r) => r);
  const broader = new Map<string, string[]>();
  for (const r of readCsv('esco/v1.1.1/relations/broaderRelationsSkillPillar.csv')) {
    const list = broader.get(r.conceptUri ?? '') ?? [];
    list.push(r.broaderUri ?? '');
    broader.set(r.conceptUri ?? '', list);
  }
  const collections = new Map<string, string[]>();
  const french = new Map<string, Row>();
  for (const [name, file] of Object.entries(collectionFiles)) {
    for (const r of readCsv(`esco/v1.1.1/en/${file}_en.csv`)) collections.set(r.conceptUri ?? '', [...(collections.get(r.conceptUri ?? '') ?? []), name]);
    for (const r of readCsv(`esco/v1.1.1/fr/${file}_fr.csv`)) if (r.conceptUri) french.set(r.conceptUri, r);
  }
  const skillRecords = skills
    .sort((a, b) => (a.conceptUri ?? '').localeCompare(b.conceptUri ?? ''))
    .map((r) => {
      const fr = french.get(r.conceptUri ?? '');
      return compact({
        uri: r.conceptUri, type: r.skillType || 'other', reuse: r.reuseLevel || 'unknown', label: r.preferredLabel,
        alt: splitList(r.altLabels), hidden: splitList(r.hiddenLabels), desc: r.description?.trim(),
        broader: broader.get(r.conceptUri ?? ''), collections: collections.get(r.conceptUri ?? ''),
        fr: fr?.preferredLabel ? compact({ label: fr.preferredLabel, alt: splitList(fr.altLabels) }) : undefined,
      });
    });
  const groupRecords = groups
    .sort((a, b) => (a.conceptUri ?? '').localeCompare(b.conceptUri ?? ''))
    .map((r) => compact({
      uri: r.conceptUri, code: r.code, label: r.preferredLabel, alt: splitList(r.altLabels), desc: r.description?.trim(),
      broader: broader.get(r.conceptUri ?? ''), fr: groupsFr.get(r.conceptUri ?? '')?.preferredLabel,
    }));
  return { skills: skillRecords, groups: groupRecords };
}

function buildOccupations(): object[] {
  const en = readCsv('esco/v1.1.1/en/occupations_en.csv');
  const fr111 = byKey(readCsv('esco/v1.1.1/fr/occupations_fr.csv'), 'conceptUri', (r) => r);
  const older = Object.fromEntries((['it', 'fr', 'es'] as const).map((lang) => [lang, byKey(readCsv(`esco/v1.0.8/occupations_${lang}.csv`), 'conceptUri', (r) => r)]));
  const ar = byKey(readCsv('esco/v1.0.3/occupations_ar.csv'), 'conceptUri', (r) => r);
  const essential = new Map<string, string[]>();
  const optional = new Map<string, string[]>();
  for (const r of readCsv('esco/v1.1.1/relations/occupationSkillRelations.csv')) {
    const target = r.relationType === 'essential' ? essential : optional;
    target.set(r.occupationUri ?? '', [...(target.get(r.occupationUri ?? '') ?? []), r.skillUri ?? '']);
  }
  const broader = byKey(readCsv('esco/v1.1.1/relations/broaderRelationsOccPillar.csv').filter((r) => r.conceptType === 'Occupation'), 'conceptUri', (r) => r.broaderUri);
  return en
    .sort((a, b) => (a.conceptUri ?? '').localeCompare(b.conceptUri ?? ''))
    .map((r) => {
      const uri = r.conceptUri ?? '';
      const it = older.it?.get(uri);
      const fr = fr111.get(uri) ?? older.fr?.get(uri);
      return compact({
        uri, isco: r.iscoGroup, code: r.code, broader: broader.get(uri),
        labels: compact({ en: labelsOf(r), it: labelsOf(it), fr: labelsOf(fr), es: labelsOf(older.es?.get(uri)), ar: labelsOf(ar.get(uri)) }),
        desc: compact({ en: r.description?.trim(), it: it?.description?.trim() }),
        essential: essential.get(uri), optional: optional.get(uri),
      });
    });
}

function buildIscoGroups(): object[] {
  const en = readCsv('esco/v1.1.1/en/ISCOGroups_en.csv');
  const langs = Object.fromEntries((['it', 'fr', 'es'] as const).map((lang) => [lang, byKey(readCsv(`esco/v1.0.8/ISCOGroups_${lang}.csv`), 'conceptUri', (r) => r.preferredLabel)]));
  return en
    .sort((a, b) => (a.code ?? '').localeCompare(b.code ?? ''))
    .map((r) => compact({
      uri: r.conceptUri, code: r.code,
      labels: compact({ en: r.preferredLabel, it: langs.it?.get(r.conceptUri ?? ''), fr: langs.fr?.get(r.conceptUri ?? ''), es: langs.es?.get(r.conceptUri ?? '') }),
    }));
}

function buildSkillRelations(): object[] {
  return readCsv('esco/v1.1.1/relations/skillSkillRelations.csv').map((r) => ({ from: r.originalSkillUri, to: r.relatedSkillUri, type: r.relationType }));
}

function buildCp2011(): { titles: object[]; units: object[]; crosswalk: object[] } {
  const tables = 'italy/anpal-code-tables';
  const titles = readCsv(`${tables}/TAB_FIGURAPROFESS.csv`).map((r) => {
    const code = r.COD_FIGURAPROFESS ?? '';
    return { code, unit: code.split('.').slice(0, 5).join('.'), title: r.DES_FIGURAPROFESS };
  });
  const units = new Map<string, { code: string; level: number; label: string }>();
  const levels: [string, string, string][] = [['TAB_QUALPROFLIV0', 'COD_QUALPROFLIV0', 'DES_QUALPROFLIV0'], ['TAB_QUALPROFLIV1', 'COD_QUALPROFLIV1', 'DES_QUALPROFLIV1'], ['TAB_QUALPROFLIV2', 'COD_QUALPROFLIV2', 'DES_QUALPROFLIV2'], ['TAB_QUALPROFLIV3', 'COD_QUALPROFLIV3', 'DES_QUALPROFLIV3']];
  for (const [file, codeCol, labelCol] of levels) {
    for (const r of readCsv(`${tables}/${file}.csv`)) {
      const code = r[codeCol] ?? '';
      units.set(code, { code, level: code.split('.').length, label: r[labelCol] ?? '' });
    }
  }
  const mapping = readCsv('italy/crosswalks/IT_mapping_23.04.2021_ESCO-1.0.8_CP2011.csv', 16);
  for (const r of mapping) {
    const code = r['Classification 2 ID'] ?? '';
    if (code && !units.has(code)) units.set(code, { code, level: 5, label: r['Classification 2 PrefLabel'] ?? '' });
  }
  const crosswalk = mapping
    .filter((r) => r['Classification 1 URI'] && r['Classification 2 ID'])
    .map((r) => ({ esco: r['Classification 1 URI'], cp: r['Classification 2 ID'], relation: (r['Mapping relation'] ?? '').replace('skos:', '') }));
  return { titles, units: [...units.values()].sort((a, b) => a.code.localeCompare(b.code)), crosswalk };
}

function main(): void {
  mkdirSync(outDir, { recursive: true });
  const { skills, groups } = buildSkills();
  const cp = buildCp2011();
  const counts = {
    skills: writeJsonl('skills', skills), skillGroups: writeJsonl('skill-groups', groups),
    skillRelations: writeJsonl('skill-relations', buildSkillRelations()), occupations: writeJsonl('occupations', buildOccupations()),
    iscoGroups: writeJsonl('isco-groups', buildIscoGroups()), cp2011Titles: writeJsonl('cp2011-titles', cp.titles),
    cp2011Units: writeJsonl('cp2011-units', cp.units), cp2011Crosswalk: writeJsonl('cp2011-esco-crosswalk', cp.crosswalk),
  };
  const manifest = { version: 'ESCO v1.1.1 (occupation labels it/fr/es v1.0.8, ar v1.0.3); CP2011 ANPAL tables; AI4ESCO crosswalk 2021-04-23', counts };
  writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
}

main();
