/** Italian reference data: comuni, provinces, regions and code tables. Pure types. */
export interface Comune {
  /** Six-digit ISTAT code, e.g. "015146" for Milano. */
  istat: string;
  name: string;
  /** Name in the second official language (German, French, Slovene), when there is one. */
  altName?: string;
  cadastral: string;
  postcode: string;
  /** Three-digit ISTAT province code, e.g. "015". */
  provinceCode: string;
  /** Two-letter province abbreviation (sigla), e.g. "MI". */
  provinceAbbrev: string;
  /** Two-digit ISTAT region code, e.g. "03". */
  regionCode: string;
  region: string;
  lat: number;
  lon: number;
  population: number;
}

export interface Province {
  code: string;
  abbrev: string;
  name: string;
  regionCode: string;
  region: string;
}

export interface Region {
  code: string;
  name: string;
}

export interface PermitReason {
  code: string;
  description: string;
  /** False when the code has an end date in TAB_MOTIVO_PERMESSO: kept so old records still resolve. */
  active: boolean;
}

export const cefrLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type CefrLevel = (typeof cefrLevels)[number];

export interface CefrLevelInfo {
  code: string;
  rank: number;
  description: string;
}

export interface AtecoSector {
  code: string;
  section: string;
  description: string;
}

export interface ReferenceTables {
  comuni: Comune[];
  provinces: Province[];
  regions: Region[];
  permitReasons: PermitReason[];
  cefrLevels: CefrLevelInfo[];
  ateco: AtecoSector[];
}
