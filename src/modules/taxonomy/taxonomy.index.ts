import type { Lang, OccupationConcept, SkillConcept, SkillType, TaxonomyIndex } from './taxonomy.types.js';
import type { Cp2011UnitRecord, OccupationRecord, SkillGroupRecord, SkillRecord, TaxonomyData } from './taxonomy.records.js';

const reuseLevels = new Set(['transversal', 'cross-sector', 'sector-specific', 'occupation-specific']);

function toSkillType(record: SkillRecord): SkillType {
  if (record.collections?.includes('language')) return 'language';
  return record.type === 'skill/competence' || record.type === 'knowledge' ? record.type : 'other';
}

function toSkillConcept(record: SkillRecord): SkillConcept {
  const broader = record.broader ?? [];
  // Broader skills are nearer than broader skill groups, so they come first.
  const ordered = [...broader.filter((uri) => uri.includes('/skill/')), ...broader.filter((uri) => !uri.includes('/skill/'))];
  return {
    uri: record.uri,
    label: record.label,
    type: toSkillType(record),
    reuseLevel: reuseLevels.has(record.reuse) ? (record.reuse as SkillConcept['reuseLevel']) : 'unknown',
    broader: ordered,
    collections: record.collections ?? [],
  };
}

function toOccupationConcept(record: OccupationRecord): OccupationConcept {
  return {
    uri: record.uri, label: record.labels.en.pref, iscoGroup: record.isco, code: record.code,
    essentialSkills: record.essential ?? [], optionalSkills: record.optional ?? [],
  };
}

/** The in-memory ESCO index: concepts by URI, labels by language with fallback to English, relations. */
export class EscoTaxonomy implements TaxonomyIndex {
  readonly version: string;
  private readonly skills = new Map<string, SkillConcept>();
  private readonly occupations = new Map<string, OccupationConcept>();
  private readonly skillRecords = new Map<string, SkillRecord>();
  private readonly occupationRecords = new Map<string, OccupationRecord>();
  private readonly groups = new Map<string, SkillGroupRecord>();
  private readonly related = new Map<string, string[]>();
  private readonly cpUnits = new Map<string, Cp2011UnitRecord>();
  private readonly cpToEsco = new Map<string, { uri: string; relation: string }[]>();

  constructor(readonly data: TaxonomyData) {
    this.version = data.version;
    for (const r of data.skills) {
      this.skillRecords.set(r.uri, r);
      this.skills.set(r.uri, toSkillConcept(r));
    }
    for (const r of data.occupations) {
      this.occupationRecords.set(r.uri, r);
      this.occupations.set(r.uri, toOccupationConcept(r));
    }
    for (const g of data.skillGroups) this.groups.set(g.uri, g);
    for (const { from, to } of data.skillRelations) {
      this.addRelated(from, to);
      this.addRelated(to, from);
    }
    for (const u of data.cp2011Units) this.cpUnits.set(u.code, u);
    for (const c of data.crosswalk) {
      // The crosswalk targets ESCO v1.0.8; a few of its occupations no longer exist in v1.1.1.
      if (!this.occupations.has(c.esco)) continue;
      const list = this.cpToEsco.get(c.cp) ?? [];
      list.push({ uri: c.esco, relation: c.relation });
      this.cpToEsco.set(c.cp, list);
    }
  }

  private addRelated(a: string, b: string): void {
    const list = this.related.get(a) ?? [];
    if (!list.includes(b)) list.push(b);
    this.related.set(a, list);
  }

  getSkill(uri: string): SkillConcept | undefined {
    return this.skills.get(uri);
  }

  getOccupation(uri: string): OccupationConcept | undefined {
    return this.occupations.get(uri);
  }

  skillLabel(uri: string, lang: Lang = 'en'): string | undefined {
    const record = this.skillRecords.get(uri);
    if (record) return (lang === 'fr' ? record.fr?.label : undefined) ?? record.label;
    const group = this.groups.get(uri);
    if (group) return (lang === 'fr' ? group.fr : undefined) ?? group.label;
    return undefined;
  }

  occupationLabel(uri: string, lang: Lang = 'en'): string | undefined {
    const labels = this.occupationRecords.get(uri)?.labels;
    return labels ? (labels[lang] ?? labels.en).pref : undefined;
  }

  /** True when ESCO has a label for the concept in `lang` itself (no fallback). */
  hasLabelIn(uri: string, lang: Lang): boolean {
    if (lang === 'en') return this.skillRecords.has(uri) || this.occupationRecords.has(uri);
    if (lang === 'fr' && this.skillRecords.get(uri)?.fr) return true;
    return this.occupationRecords.get(uri)?.labels[lang] !== undefined;
  }

  relatedSkills(uri: string): readonly string[] {
    return this.related.get(uri) ?? [];
  }

  skillCount(): number {
    return this.skills.size;
  }

  occupationCount(): number {
    return this.occupations.size;
  }

  allOccupations(): Iterable<OccupationConcept> {
    return this.occupations.values();
  }

  allSkills(): Iterable<SkillConcept> {
    return this.skills.values();
  }

  skillRecord(uri: string): SkillRecord | undefined {
    return this.skillRecords.get(uri);
  }

  occupationRecord(uri: string): OccupationRecord | undefined {
    return this.occupationRecords.get(uri);
  }

  skillGroup(uri: string): SkillGroupRecord | undefined {
    return this.groups.get(uri);
  }

  cp2011Unit(code: string): Cp2011UnitRecord | undefined {
    return this.cpUnits.get(code);
  }

  /** ESCO occupations the AI4ESCO crosswalk maps to a CP2011 five-level unit. */
  escoOccupationsForCp2011(unitCode: string): readonly { uri: string; relation: string }[] {
    return this.cpToEsco.get(unitCode) ?? [];
  }
}
