/** Region → province → employment centre, built from plain records; pure lookups only. */
export const governanceLevels = ['centre', 'province', 'region'] as const;
export type GovernanceLevel = (typeof governanceLevels)[number];

export interface CentreUnit {
  id: string;
  name: string;
  provinceCode: string;
  regionCode: string;
}

export interface NamedUnit {
  code: string;
  name: string;
}

export interface ProvinceUnit extends NamedUnit {
  regionCode: string;
}

/** One node of the hierarchy and the centres it covers; `children` are the next level down. */
export interface GovernanceUnit {
  level: GovernanceLevel;
  code: string;
  name: string;
  regionCode: string;
  centreIds: string[];
  /** Maps each covered centre to the child unit it rolls up into (province for a region, centre for a province). */
  childOf: Map<string, string>;
}

export class GovernanceHierarchy {
  private readonly provinces: Map<string, ProvinceUnit>;
  private readonly regions: Map<string, NamedUnit>;
  private readonly centres: Map<string, CentreUnit>;

  constructor(centres: readonly CentreUnit[], provinces: readonly ProvinceUnit[], regions: readonly NamedUnit[]) {
    this.centres = new Map(centres.map((c) => [c.id, c]));
    this.provinces = new Map(provinces.map((p) => [p.code, p]));
    this.regions = new Map(regions.map((r) => [r.code, r]));
  }

  centre(id: string): CentreUnit | undefined {
    return this.centres.get(id);
  }

  /** The unit at `level` with `code`, or undefined when there is none. */
  unit(level: GovernanceLevel, code: string): GovernanceUnit | undefined {
    if (level === 'centre') {
      const centre = this.centres.get(code);
      return centre && { level, code, name: centre.name, regionCode: centre.regionCode, centreIds: [code], childOf: new Map() };
    }
    const named = level === 'province' ? this.provinces.get(code) : this.regions.get(code);
    if (!named) return undefined;
    const covered = [...this.centres.values()].filter((c) => (level === 'province' ? c.provinceCode : c.regionCode) === code);
    const childOf = new Map(covered.map((c) => [c.id, level === 'province' ? c.id : c.provinceCode]));
    const regionCode = level === 'province' ? (named as ProvinceUnit).regionCode : code;
    return { level, code, name: named.name, regionCode, centreIds: covered.map((c) => c.id).sort(), childOf };
  }

  /** True when `inner` lies inside `outer` (or is it). */
  contains(outer: { level: GovernanceLevel; code: string }, inner: GovernanceUnit): boolean {
    if (outer.level === 'region') return inner.regionCode === outer.code;
    if (outer.level === 'province') {
      if (inner.level === 'province') return inner.code === outer.code;
      return inner.level === 'centre' && this.centres.get(inner.code)?.provinceCode === outer.code;
    }
    return inner.level === 'centre' && inner.code === outer.code;
  }
}
