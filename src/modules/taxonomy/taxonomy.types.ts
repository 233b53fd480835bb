/**
 * The contract between the taxonomy module (which loads ESCO and recognises concepts in text) and its
 * consumers (matching, ingestion, recommendations). Pure types: no database, no HTTP.
 */
export type Lang = 'it' | 'en' | 'fr' | 'es' | 'ar';
export const supportedLangs: readonly Lang[] = ['it', 'en', 'fr', 'es', 'ar'];

export type SkillType = 'skill/competence' | 'knowledge' | 'language' | 'other';

export interface SkillConcept {
  uri: string;
  /** English preferred label (ESCO v1.1.1). */
  label: string;
  type: SkillType;
  reuseLevel: 'transversal' | 'cross-sector' | 'sector-specific' | 'occupation-specific' | 'unknown';
  /** Direct broader skills or skill groups, nearest first. */
  broader: readonly string[];
  /** ESCO collections the skill belongs to: 'digital', 'green', 'language', 'transversal', … */
  collections: readonly string[];
}

export interface OccupationConcept {
  uri: string;
  label: string;
  /** ISCO-08 unit group code, four digits (e.g. "5120"). Minor group = first three digits. */
  iscoGroup: string;
  /** ESCO occupation code, e.g. "5120.1". */
  code: string;
  essentialSkills: readonly string[];
  optionalSkills: readonly string[];
}

export interface TaxonomyIndex {
  readonly version: string;
  getSkill(uri: string): SkillConcept | undefined;
  getOccupation(uri: string): OccupationConcept | undefined;
  /** Label in `lang` when ESCO has it, else English; undefined for unknown URIs. */
  skillLabel(uri: string, lang?: Lang): string | undefined;
  occupationLabel(uri: string, lang?: Lang): string | undefined;
  /** Skills linked by ESCO skill↔skill relations (either direction). */
  relatedSkills(uri: string): readonly string[];
  skillCount(): number;
  occupationCount(): number;
  allOccupations(): Iterable<OccupationConcept>;
  allSkills(): Iterable<SkillConcept>;
}

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export interface RecognizedSkill {
  uri: string;
  label: string;
  score: number;
  span?: TextSpan;
}

export interface RecognizedOccupation {
  uri: string;
  label: string;
  score: number;
}

export interface RecognitionOptions {
  lang?: Lang;
  top?: number;
}

export interface ConceptRecognizer {
  detectLanguage(text: string): Lang;
  extractSkills(text: string, options?: RecognitionOptions): RecognizedSkill[];
  classifyOccupation(title: string, options?: RecognitionOptions & { text?: string }): RecognizedOccupation[];
}
