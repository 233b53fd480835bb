import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

export type Lang = 'it' | 'en' | 'fr' | 'es' | 'ar';

export interface Comune {
  code: string;
  name: string;
  provinceCode: string;
  province: string;
  provinceName: string;
  region: string;
  population: number;
  lat: number;
  lon: number;
}

export interface Occupation {
  uri: string;
  labels: Record<Lang, string>;
  altLabelsIt: string[];
  essentialSkills: string[];
  optionalSkills: string[];
}

export interface ReferenceData {
  comuni: Map<string, Comune>;
  occupationsByEnglishLabel: Map<string, Occupation>;
  occupationUris: Set<string>;
  skillUris: Set<string>;
  atecoCodes: Set<string>;
  ccnlCodes: Set<string>;
  activePermitReasons: Set<string>;
}

type Row = Record<string, string>;

function readCsv(path: string): Row[] {
  return parse(readFileSync(path), { columns: true, relax_quotes: true }) as Row[];
}

function labelsByUri(path: string): Map<string, string> {
  return new Map(readCsv(path).map((row) => [row.conceptUri ?? '', row.preferredLabel ?? '']));
}

function loadComuni(shared: string): Map<string, Comune> {
  const rows = readCsv(join(shared, 'data/italy/comuni/comuni-ita_comuni.csv'));
  return new Map(rows.map((row) => [row.codice ?? '', {
    code: row.codice ?? '',
    name: row.nome ?? '',
    provinceCode: row.provincia_codice ?? '',
    province: row.provincia_sigla ?? '',
    provinceName: row.provincia_nome ?? '',
    region: row.regione ?? '',
    population: Number(row.popolazione),
    lat: Number(row.lat),
    lon: Number(row.lng),
  }]));
}

function loadRelations(shared: string): Map<string, { essential: string[]; optional: string[] }> {
  const relations = new Map<string, { essential: string[]; optional: string[] }>();
  for (const row of readCsv(join(shared, 'data/esco/v1.1.1/relations/occupationSkillRelations.csv'))) {
    const uri = row.occupationUri ?? '';
    const entry = relations.get(uri) ?? { essential: [], optional: [] };
    (row.relationType === 'essential' ? entry.essential : entry.optional).push(row.skillUri ?? '');
    relations.set(uri, entry);
  }
  return relations;
}

function loadOccupations(shared: string): Map<string, Occupation> {
  const esco = join(shared, 'data/esco');
  const english = readCsv(join(esco, 'v1.1.1/en/occupations_en.csv'));
  const italian = new Map(readCsv(join(esco, 'v1.0.8/occupations_it.csv')).map((row) => [row.conceptUri ?? '', row]));
  const other = {
    fr: labelsByUri(join(esco, 'v1.0.8/occupations_fr.csv')),
    es: labelsByUri(join(esco, 'v1.0.8/occupations_es.csv')),
    ar: labelsByUri(join(esco, 'v1.0.3/occupations_ar.csv')),
  };
  const relations = loadRelations(shared);
  const byLabel = new Map<string, Occupation>();
  for (const row of english) {
    const uri = row.conceptUri ?? '';
    const it = italian.get(uri);
    if (!it) continue;
    const en = row.preferredLabel ?? '';
    byLabel.set(en, {
      uri,
      labels: { it: it.preferredLabel ?? '', en, fr: other.fr.get(uri) ?? en, es: other.es.get(uri) ?? en, ar: other.ar.get(uri) ?? en },
      altLabelsIt: (it.altLabels ?? '').split('\n').map((label) => label.trim()).filter(Boolean),
      essentialSkills: relations.get(uri)?.essential ?? [],
      optionalSkills: relations.get(uri)?.optional ?? [],
    });
  }
  return byLabel;
}

function column(path: string, name: string, keep: (row: Row) => boolean = () => true): Set<string> {
  return new Set(readCsv(path).filter(keep).map((row) => (row[name] ?? '').trim()).filter(Boolean));
}

export function loadReferenceData(shared: string): ReferenceData {
  const tables = join(shared, 'data/italy/anpal-code-tables');
  const atecoCodes = column(join(tables, 'TABELLA_ATECO.csv'), 'COD_ATECO');
  for (const code of column(join(tables, 'TAB_ATECOLIV4.csv'), 'COD_ATECOLIV4')) atecoCodes.add(code);
  return {
    comuni: loadComuni(shared),
    occupationsByEnglishLabel: loadOccupations(shared),
    occupationUris: column(join(shared, 'data/esco/v1.1.1/en/occupations_en.csv'), 'conceptUri'),
    skillUris: column(join(shared, 'data/esco/v1.1.1/en/skills_en.csv'), 'conceptUri'),
    atecoCodes,
    ccnlCodes: column(join(tables, 'TAB_CCNL.csv'), 'COD_CCNL', (row) => !row.DAT_FINE),
    activePermitReasons: column(join(tables, 'TAB_MOTIVO_PERMESSO.csv'), 'COD_MOTIVO', (row) => !row.DAT_FINE),
  };
}
