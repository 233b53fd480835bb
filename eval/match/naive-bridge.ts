import type { ConceptRecognizer, Lang } from '../../src/modules/taxonomy/taxonomy.types.js';
import type { DevSet } from './dev-set.js';

/**
 * The naive concept bridge: each title becomes its single best ESCO occupation, and only
 * same-occupation pairs score (ties by id). No skills, no text, no hierarchy.
 */
export function naiveBridgeRanking(recognizer: ConceptRecognizer, set: DevSet): { candidateId: string; ranked: string[] }[] {
  const top1 = (title: string, lang: Lang) => recognizer.classifyOccupation(title, { lang, top: 1 })[0]?.uri;
  const vacanciesByOccupation = new Map<string, string[]>();
  for (const v of set.vacancies) {
    const uri = top1(v.title, 'it');
    if (uri) vacanciesByOccupation.set(uri, [...(vacanciesByOccupation.get(uri) ?? []), v.id]);
  }
  return set.candidates.map((c) => {
    const title = c.experiences?.[0]?.title ?? c.summary ?? '';
    const uri = top1(title, (c.lang ?? 'en') as Lang);
    return { candidateId: c.id, ranked: [...(uri ? vacanciesByOccupation.get(uri) ?? [] : [])].sort().slice(0, 10) };
  });
}
