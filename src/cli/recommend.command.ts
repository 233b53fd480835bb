import { z } from 'zod';
import { parseOrThrow } from '../platform/validation.js';
import { parseFlags } from './args.js';
import { withDatabase } from './demand.command.js';

const options = z.strictObject({ candidate: z.string().min(1).max(200), lang: z.enum(['it', 'en']).default('en') });

/** `recommend --candidate ID [--lang it|en]`: the same recommendations as the API, as JSON on stdout. */
export async function runRecommend(argv: string[]): Promise<number> {
  const { candidate, lang } = parseOrThrow(options, parseFlags(argv, { candidate: { type: 'string' }, lang: { type: 'string' } }), 'options');
  return withDatabase(async (services) => {
    const { recommendations } = services.demandAndTraining;
    const record = await recommendations.findCandidate(candidate);
    process.stdout.write(`${JSON.stringify(await recommendations.recommend(record, lang), null, 2)}\n`);
    return 0;
  });
}
