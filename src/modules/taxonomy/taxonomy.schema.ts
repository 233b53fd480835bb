import { z } from 'zod';
import { supportedLangs } from './taxonomy.types.js';

const lang = z.enum(supportedLangs as unknown as ['it', 'en', 'fr', 'es', 'ar']);
const limit = z.coerce.number().int().min(1).max(50).default(10);
const top = z.number().int().min(1).max(50).default(10);
const uri = z.string().min(1).max(300);

export const suggestQuerySchema = z.strictObject({ q: z.string().trim().min(1).max(100), lang: lang.default('en'), limit });
/** Path form is the URI-encoded ESCO URI or its trailing UUID; `?uri=` is accepted too, since clients often cannot encode slashes. */
export const conceptParams = z.strictObject({ uri });
export const lookupQuerySchema = z.strictObject({ lang: lang.default('en'), uri: uri.optional() });
export const analyseSkillsSchema = z.strictObject({ text: z.string().trim().min(1).max(20_000), lang: lang.optional(), top });
export const analyseOccupationSchema = z.strictObject({
  title: z.string().trim().min(1).max(300), text: z.string().max(20_000).optional(), lang: lang.optional(), top,
});

const suggestion = z.object({ uri: z.string(), label: z.string(), matched: z.string() });
export const suggestionsSchema = z.object({ items: z.array(suggestion) });
const conceptRef = z.object({ uri: z.string(), label: z.string() });
const labelled = {
  uri: z.string(),
  label: z.string(),
  labelLang: lang.describe('Language of the labels: the one requested when ESCO has it, else English'),
  altLabels: z.array(z.string()),
};
export const skillDetailSchema = z.object({
  ...labelled, description: z.string().optional(), type: z.string(), reuseLevel: z.string(), collections: z.array(z.string()),
  broader: z.array(conceptRef), related: z.array(conceptRef),
});
export const occupationDetailSchema = z.object({
  ...labelled, description: z.string().optional(), iscoGroup: z.string(), code: z.string(),
  essentialSkills: z.array(conceptRef), optionalSkills: z.array(conceptRef),
});
const span = z.object({ start: z.number(), end: z.number(), text: z.string() });
export const skillAnalysisSchema = z.object({
  lang, skills: z.array(z.object({ uri: z.string(), label: z.string(), score: z.number(), span: span.optional() })),
});
export const occupationAnalysisSchema = z.object({ lang, occupations: z.array(z.object({ uri: z.string(), label: z.string(), score: z.number() })) });

export type SkillDetail = z.infer<typeof skillDetailSchema>;
export type OccupationDetail = z.infer<typeof occupationDetailSchema>;
export type AnalyseSkillsInput = z.infer<typeof analyseSkillsSchema>;
export type AnalyseOccupationInput = z.infer<typeof analyseOccupationSchema>;
