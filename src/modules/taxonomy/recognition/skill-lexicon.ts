import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * The project's own multilingual skill lexicon (seeds/taxonomy/skill-lexicon.json): Italian and Spanish (and some
 * extra French/English) names for the ESCO skills most frequent in the sectors where migrants most often work.
 * ESCO has no Italian or Spanish skill labels, so each entry records where it came from.
 */
export const skillLexiconEntrySchema = z.strictObject({
  uri: z.string().startsWith('http://data.europa.eu/esco/skill/'),
  en: z.string(),
  sector: z.string(),
  labels: z.strictObject({ it: z.array(z.string()).optional(), es: z.array(z.string()).optional(), fr: z.array(z.string()).optional(), en: z.array(z.string()).optional() }),
  source: z.string(),
});
export type SkillLexiconEntry = z.infer<typeof skillLexiconEntrySchema>;

const lexiconFileSchema = z.strictObject({ description: z.string(), entries: z.array(skillLexiconEntrySchema) });

export function readSkillLexicon(dir: string): SkillLexiconEntry[] {
  const file = path.join(dir, 'skill-lexicon.json');
  if (!existsSync(file)) return [];
  return lexiconFileSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).entries;
}
