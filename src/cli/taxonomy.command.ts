import { z } from 'zod';
import { parseFlags, intFlag, CliUsageError } from './args.js';
import { mapJsonLines } from './jsonl.js';
import { parseOrThrow } from '../platform/validation.js';
import { supportedLangs, type Lang } from '../modules/taxonomy/taxonomy.types.js';
import { loadRecognizer, type TaxonomyRecognizer } from '../modules/taxonomy/taxonomy.recognizer.js';
import { defaultTaxonomyDir } from '../modules/taxonomy/taxonomy.loader.js';

const langSchema = z.enum(supportedLangs as [Lang, ...Lang[]]);
const idSchema = z.union([z.string().min(1), z.number()]);
const text = z.string().max(100_000);
const skillsLineSchema = z.strictObject({ id: idSchema, text, lang: langSchema.optional() });
const occupationLineSchema = z.strictObject({ id: idSchema, title: z.string().max(1_000), text: text.optional(), lang: langSchema.optional() });

const flagSpec = { lang: { type: 'string' }, top: { type: 'string' } } as const;

function readOptions(argv: string[]): { lang?: Lang; top: number } {
  const flags = parseFlags(argv, flagSpec);
  const top = intFlag(flags.top, 'top', 10, 1_000);
  if (flags.lang === undefined) return { top };
  const lang = langSchema.safeParse(flags.lang);
  if (!lang.success) throw new CliUsageError(`--lang takes one of ${supportedLangs.join(', ')}`);
  return { lang: lang.data, top };
}

/** The recognizer, from PRIMA_TAXONOMY_DIR when set; a missing taxonomy stops the command before it reads input. */
function recognizer(): TaxonomyRecognizer {
  const dir = z.string().min(1).optional().parse(process.env.PRIMA_TAXONOMY_DIR) ?? defaultTaxonomyDir;
  return loadRecognizer(dir);
}

function describeInvalid(err: unknown): never {
  const issues = (err as { issues?: { path: string; message: string }[] }).issues;
  throw new Error(issues ? issues.map((i) => `${i.path}: ${i.message}`).join('; ') : String(err));
}

export async function runSkillsExtract(argv: string[]): Promise<number> {
  const options = readOptions(argv);
  const engine = recognizer();
  await mapJsonLines(process.stdin, process.stdout, (value) => {
    let line: z.output<typeof skillsLineSchema>;
    try {
      line = parseOrThrow(skillsLineSchema, value, 'line');
    } catch (err) {
      describeInvalid(err);
    }
    const skills = engine.extractSkills(line.text, { lang: line.lang ?? options.lang, top: options.top });
    return { id: line.id, skills: skills.map(({ uri, label, score }) => ({ uri, label, score })) };
  });
  return 0;
}

export async function runOccupationsClassify(argv: string[]): Promise<number> {
  const options = readOptions(argv);
  const engine = recognizer();
  await mapJsonLines(process.stdin, process.stdout, (value) => {
    let line: z.output<typeof occupationLineSchema>;
    try {
      line = parseOrThrow(occupationLineSchema, value, 'line');
    } catch (err) {
      describeInvalid(err);
    }
    const occupations = engine.classifyOccupation(line.title, { lang: line.lang ?? options.lang, top: options.top, text: line.text });
    return { id: line.id, occupations };
  });
  return 0;
}
