import { z } from 'zod';

/** The shapes of the gzipped JSON Lines in seeds/taxonomy/, as written by scripts/build-taxonomy-seeds.ts. */
const labelSet = z.strictObject({ pref: z.string(), alt: z.array(z.string()).optional(), hidden: z.array(z.string()).optional() });
export type LabelSet = z.infer<typeof labelSet>;

export const skillRecordSchema = z.strictObject({
  uri: z.string(),
  type: z.string(),
  reuse: z.string(),
  label: z.string(),
  alt: z.array(z.string()).optional(),
  hidden: z.array(z.string()).optional(),
  desc: z.string().optional(),
  broader: z.array(z.string()).optional(),
  collections: z.array(z.string()).optional(),
  fr: z.strictObject({ label: z.string(), alt: z.array(z.string()).optional() }).optional(),
});
export type SkillRecord = z.infer<typeof skillRecordSchema>;

export const skillGroupRecordSchema = z.strictObject({
  uri: z.string(),
  code: z.string().optional(),
  label: z.string(),
  alt: z.array(z.string()).optional(),
  desc: z.string().optional(),
  broader: z.array(z.string()).optional(),
  fr: z.string().optional(),
});
export type SkillGroupRecord = z.infer<typeof skillGroupRecordSchema>;

export const occupationRecordSchema = z.strictObject({
  uri: z.string(),
  isco: z.string(),
  code: z.string(),
  broader: z.string().optional(),
  labels: z.strictObject({ en: labelSet, it: labelSet.optional(), fr: labelSet.optional(), es: labelSet.optional(), ar: labelSet.optional() }),
  desc: z.strictObject({ en: z.string().optional(), it: z.string().optional() }),
  essential: z.array(z.string()).optional(),
  optional: z.array(z.string()).optional(),
});
export type OccupationRecord = z.infer<typeof occupationRecordSchema>;

export const skillRelationRecordSchema = z.strictObject({ from: z.string(), to: z.string(), type: z.string() });
export type SkillRelationRecord = z.infer<typeof skillRelationRecordSchema>;

export const iscoGroupRecordSchema = z.strictObject({
  uri: z.string(),
  code: z.string(),
  labels: z.strictObject({ en: z.string(), it: z.string().optional(), fr: z.string().optional(), es: z.string().optional() }),
});
export type IscoGroupRecord = z.infer<typeof iscoGroupRecordSchema>;

export const cp2011TitleRecordSchema = z.strictObject({ code: z.string(), unit: z.string(), title: z.string() });
export type Cp2011TitleRecord = z.infer<typeof cp2011TitleRecordSchema>;

export const cp2011UnitRecordSchema = z.strictObject({ code: z.string(), level: z.number(), label: z.string() });
export type Cp2011UnitRecord = z.infer<typeof cp2011UnitRecordSchema>;

export const crosswalkRecordSchema = z.strictObject({ esco: z.string(), cp: z.string(), relation: z.string() });
export type CrosswalkRecord = z.infer<typeof crosswalkRecordSchema>;

/** Everything the seeds hold, as plain records. */
export interface TaxonomyData {
  version: string;
  skills: SkillRecord[];
  skillGroups: SkillGroupRecord[];
  skillRelations: SkillRelationRecord[];
  occupations: OccupationRecord[];
  iscoGroups: IscoGroupRecord[];
  cp2011Titles: Cp2011TitleRecord[];
  cp2011Units: Cp2011UnitRecord[];
  crosswalk: CrosswalkRecord[];
}
