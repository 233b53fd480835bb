import { loadTaxonomy } from '../taxonomy/taxonomy.loader.js';
import { loadRecognizer } from '../taxonomy/taxonomy.recognizer.js';
import { createMatchContext } from '../matching/match-context.js';
import { MatchEngine } from '../matching/match-engine.js';
import { referenceLocationResolver, type ComuneLookup } from '../matching/reference-location.js';
import type { MarketVacancy } from '../demand/market-source.js';
import { vacancyAsksForTitle } from './other-steps.js';

export interface MarketEngine {
  engine: MatchEngine;
  titleVacancies: Set<string>;
}

/**
 * The matching engine loaded with the canonical vacancies (duplicates left out, so a repost is not
 * counted twice in an expected gain), plus the vacancies that ask for a formal title.
 */
export function buildMarketEngine(vacancies: readonly MarketVacancy[], reference: ComuneLookup, today?: () => string): MarketEngine {
  const context = createMatchContext({ taxonomy: loadTaxonomy(), recognizer: loadRecognizer(), resolveLocation: referenceLocationResolver(reference) });
  const engine = new MatchEngine(context, today ? { today } : {});
  const titleVacancies = new Set<string>();
  for (const v of vacancies) {
    if (v.duplicateOf) continue;
    engine.upsertVacancy(v);
    if (vacancyAsksForTitle((v as { description?: string }).description)) titleVacancies.add(v.id);
  }
  return { engine, titleVacancies };
}
