import { haversineKm } from './geo.js';
import { foldPlaceName, splitProvinceQualifier } from './place-name.js';
import { readReferenceTables } from './reference-seeds.js';
import { cefrLevels, type CefrLevel, type Comune, type Province, type ReferenceTables, type Region } from './reference.types.js';

export interface ComuneMatch {
  comune: Comune;
  /** Other comuni with the same name (e.g. Castro LE and Castro BG); empty when the name is unique. */
  alternatives: Comune[];
}

/** Most populous first, then ISTAT code: the deterministic choice among comuni sharing a name. */
const byPopulationThenCode = (a: Comune, b: Comune): number => b.population - a.population || a.istat.localeCompare(b.istat);

/** Pure in-memory lookups over the Italian reference tables; no database involved. */
export class ReferenceData {
  private readonly comuneByIstat: Map<string, Comune>;
  private readonly comuniByName = new Map<string, Comune[]>();
  private readonly provinceByCode: Map<string, Province>;
  private readonly provinceByAbbrev: Map<string, Province>;
  private readonly regionByCode: Map<string, Region>;
  private readonly atecoCodes: Set<string>;
  private readonly permitCodes: Set<string>;
  private readonly searchIndex: { keys: string[]; comune: Comune }[];

  constructor(readonly tables: ReferenceTables) {
    this.comuneByIstat = new Map(tables.comuni.map((c) => [c.istat, c]));
    for (const comune of tables.comuni) {
      for (const name of [comune.name, comune.altName]) if (name) this.addName(foldPlaceName(name), comune);
    }
    for (const list of this.comuniByName.values()) list.sort(byPopulationThenCode);
    this.searchIndex = [...tables.comuni].sort(byPopulationThenCode).map((comune) => ({
      keys: [comune.name, comune.altName].filter((n) => n !== undefined).map(foldPlaceName),
      comune,
    }));
    this.provinceByCode = new Map(tables.provinces.map((p) => [p.code, p]));
    this.provinceByAbbrev = new Map(tables.provinces.map((p) => [p.abbrev, p]));
    this.regionByCode = new Map(tables.regions.map((r) => [r.code, r]));
    this.atecoCodes = new Set(tables.ateco.map((a) => a.code));
    this.permitCodes = new Set(tables.permitReasons.map((p) => p.code));
  }

  private addName(key: string, comune: Comune): void {
    const list = this.comuniByName.get(key) ?? [];
    if (!list.includes(comune)) list.push(comune);
    this.comuniByName.set(key, list);
  }

  findComuneByIstat(istat: string): Comune | undefined {
    return this.comuneByIstat.get(istat);
  }

  /** Every comune with this name, most populous first; "Castro (LE)" narrows to one province. */
  findComuniByName(query: string): Comune[] {
    const { name, provinceAbbrev } = splitProvinceQualifier(query);
    const found = this.comuniByName.get(foldPlaceName(name)) ?? [];
    return provinceAbbrev ? found.filter((c) => c.provinceAbbrev === provinceAbbrev) : found;
  }

  /** Resolves an ISTAT code or a name; an ambiguous name picks the most populous and reports the others. */
  resolveComune(codeOrName: string): ComuneMatch | undefined {
    const trimmed = codeOrName.trim();
    const byCode = /^\d{6}$/.test(trimmed) ? this.comuneByIstat.get(trimmed) : undefined;
    if (byCode) return { comune: byCode, alternatives: [] };
    const [first, ...rest] = this.findComuniByName(trimmed);
    return first ? { comune: first, alternatives: rest } : undefined;
  }

  /** Name-prefix autocomplete, most populous first. */
  searchComuni(prefix: string, options: { provinceAbbrev?: string; limit: number }): Comune[] {
    const folded = foldPlaceName(prefix);
    const found: Comune[] = [];
    for (const { keys, comune } of this.searchIndex) {
      if (found.length >= options.limit) break;
      if (options.provinceAbbrev && comune.provinceAbbrev !== options.provinceAbbrev) continue;
      if (keys.some((key) => key.startsWith(folded))) found.push(comune);
    }
    return found;
  }

  provinceOf(comune: Comune): Province | undefined {
    return this.provinceByCode.get(comune.provinceCode);
  }

  regionOf(comune: Comune): Region | undefined {
    return this.regionByCode.get(comune.regionCode);
  }

  findProvinceByAbbrev(abbrev: string): Province | undefined {
    return this.provinceByAbbrev.get(abbrev.toUpperCase());
  }

  distanceKm(fromIstat: string, toIstat: string): number | undefined {
    const from = this.comuneByIstat.get(fromIstat);
    const to = this.comuneByIstat.get(toIstat);
    return from && to ? haversineKm(from, to) : undefined;
  }

  isAtecoCode(code: string): boolean {
    return this.atecoCodes.has(code);
  }

  isPermitReason(code: string): boolean {
    return this.permitCodes.has(code);
  }
}

/** Orders CEFR levels: negative when `a` is below `b`. */
export function compareCefr(a: CefrLevel, b: CefrLevel): number {
  return cefrLevels.indexOf(a) - cefrLevels.indexOf(b);
}

export function meetsCefr(actual: CefrLevel, required: CefrLevel): boolean {
  return compareCefr(actual, required) >= 0;
}

let shared: ReferenceData | undefined;

/** The shipped tables, read once per process (about 60 ms) and shared. */
export function loadReferenceData(): ReferenceData {
  shared ??= new ReferenceData(readReferenceTables());
  return shared;
}
