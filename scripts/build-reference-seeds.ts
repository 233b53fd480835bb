/**
 * Converts the Italian reference tables under ../shared/data/italy into the compact seed files the
 * service ships in seeds/reference/. Run: `npx tsx scripts/build-reference-seeds.ts [sharedDir]`.
 * Deterministic: the same input always yields byte-identical output, so re-running shows no git diff.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { AtecoSector, CefrLevelInfo, Comune, PermitReason, Province, Region } from '../src/modules/reference/reference.types.js';

const sharedDir = path.resolve(process.argv[2] ?? '../shared');
const italyDir = path.join(sharedDir, 'data', 'italy');
const outDir = path.resolve('seeds', 'reference');

const comuneSourceSchema = z.object({
  codice: z.string().regex(/^\d{6}$/),
  nome: z.string().min(1),
  nomeStraniero: z.string().nullable(),
  codiceCatastale: z.string(),
  cap: z.string().nullable(),
  provincia: z.object({ nome: z.string(), sigla: z.string(), codice: z.string().regex(/^\d{3}$/), regione: z.string() }),
  popolazione: z.number().int().nonnegative().nullable(),
  coordinate: z.object({ lat: z.number(), lng: z.number() }),
});

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(path.join(italyDir, file), 'utf8'));
}

function readCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(path.join(italyDir, 'anpal-code-tables', file)), { columns: true, skip_empty_lines: true, trim: true });
}

/** Province code → ISTAT region code, from the ANPAL province table (comuni-ita only names regions). */
function regionCodeByProvince(): Map<string, string> {
  return new Map(readCsv('TAB_PROVINCE.csv').map((row) => [row.COD_PROVINCIA ?? '', row.COD_REGIONE ?? '']));
}

function buildComuni(regionCodes: Map<string, string>): Comune[] {
  const rows = z.array(comuneSourceSchema).parse(readJson('comuni/comuni-ita_comuni.json'));
  return rows
    .map((row) => ({
      istat: row.codice,
      name: row.nome,
      ...(row.nomeStraniero ? { altName: row.nomeStraniero } : {}),
      cadastral: row.codiceCatastale,
      // The source lost leading zeros on a few postcodes (e.g. "8604" for 08604).
      postcode: row.cap ? row.cap.padStart(5, '0') : '',
      provinceCode: row.provincia.codice,
      provinceAbbrev: row.provincia.sigla,
      regionCode: requireCode(regionCodes, row.provincia.codice),
      region: row.provincia.regione,
      lat: row.coordinate.lat,
      lon: row.coordinate.lng,
      population: row.popolazione ?? 0,
    }))
    .sort((a, b) => a.istat.localeCompare(b.istat));
}

function requireCode(codes: Map<string, string>, provinceCode: string): string {
  const code = codes.get(provinceCode);
  if (!code) throw new Error(`No region code for province ${provinceCode}`);
  return code;
}

function buildProvinces(comuni: Comune[]): Province[] {
  const source = z
    .array(z.object({ codice: z.string(), nome: z.string(), sigla: z.string(), regione: z.string() }))
    .parse(readJson('comuni/comuni-ita_province.json'));
  return source
    .map((p) => {
      const first = comuni.find((c) => c.provinceCode === p.codice);
      if (!first) throw new Error(`Province ${p.codice} has no comuni`);
      return { code: p.codice, abbrev: p.sigla, name: p.nome, regionCode: first.regionCode, region: p.regione };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}

function buildRegions(provinces: Province[]): Region[] {
  const byCode = new Map(provinces.map((p) => [p.regionCode, p.region]));
  return [...byCode].map(([code, name]) => ({ code, name })).sort((a, b) => a.code.localeCompare(b.code));
}

function buildPermitReasons(): PermitReason[] {
  return readCsv('TAB_MOTIVO_PERMESSO.csv')
    .map((row) => ({ code: row.COD_MOTIVO ?? '', description: row.DES_MOTIVO ?? '', active: !row.DAT_FINE }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

function buildCefrLevels(): CefrLevelInfo[] {
  const levels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
  return readCsv('TAB_LINGUECONOSCENZA.csv')
    .filter((row) => levels.includes(row.COD_CONOSCENZA ?? ''))
    .map((row) => ({ code: row.COD_CONOSCENZA ?? '', rank: levels.indexOf(row.COD_CONOSCENZA ?? '') + 1, description: row.DES_CONOSCENZA ?? '' }))
    .sort((a, b) => a.rank - b.rank);
}

/** Every ATECO 2007 level: section letter, division "56", group "56.1", class "56.10", category "56.10.11". */
function buildAteco(): AtecoSector[] {
  const rows = readCsv('TABELLA_ATECO.csv');
  const unique = new Map(rows.map((row) => [row.COD_ATECO ?? '', { code: row.COD_ATECO ?? '', section: row.SEZIONE ?? '', description: row.DESCRIZIONE ?? '' }]));
  return [...unique.values()].filter((s) => s.code).sort((a, b) => a.code.localeCompare(b.code));
}

function write(name: string, data: unknown): void {
  const file = path.join(outDir, `${name}.json.gz`);
  writeFileSync(file, gzipSync(JSON.stringify(data), { level: 9 }));
  process.stderr.write(`wrote ${path.relative(process.cwd(), file)} (${Array.isArray(data) ? data.length : 1} records)\n`);
}

function main(): void {
  mkdirSync(outDir, { recursive: true });
  const comuni = buildComuni(regionCodeByProvince());
  const provinces = buildProvinces(comuni);
  write('comuni', comuni);
  write('provinces', provinces);
  write('regions', buildRegions(provinces));
  write('permit-reasons', buildPermitReasons());
  write('cefr-levels', buildCefrLevels());
  write('ateco', buildAteco());
}

main();
