import type { FeedAddressGuard } from './fetch/feed-address-guard.js';
import type { DomainEvents } from '../../platform/domain-events.js';
import type { Logger } from '../../platform/logger.js';
import type { ReferenceData } from '../reference/reference-data.js';
import { loadTaxonomy } from '../taxonomy/taxonomy.loader.js';
import { loadRecognizer } from '../taxonomy/taxonomy.recognizer.js';
import { createIngestionService, type IngestionService } from './ingestion.service.js';
import type { AnalysisDeps } from './record-pipeline.js';
import { RiskAssessor } from './risk/risk-flags.js';
import { loadRiskRules } from './risk/risk-rules.js';

export interface IngestionModuleOptions {
  reference: ReferenceData;
  events: DomainEvents;
  logger: Logger;
  leaseTtlMs: number;
  /** Recognise occupation and skills with the ESCO taxonomy; loaded on the first run, not at startup. */
  recognition: boolean;
  /** Which addresses feed fetches may reach (FEED_ALLOWED_HOSTS). */
  feedGuard: FeedAddressGuard;
}

/** Builds the ingestion service; the taxonomy (large) is loaded only when a run first needs it. */
export function createIngestion(options: IngestionModuleOptions): IngestionService {
  let analysis: AnalysisDeps | undefined;
  const analysisDeps = (): AnalysisDeps => {
    if (analysis) return analysis;
    const base = { resolveComune: (q: string) => options.reference.resolveComune(q), risk: new RiskAssessor(loadRiskRules()) };
    if (!options.recognition) return (analysis = base);
    const taxonomy = loadTaxonomy();
    analysis = { ...base, recognizer: loadRecognizer(), iscoGroupOf: (uri) => taxonomy.getOccupation(uri)?.iscoGroup };
    return analysis;
  };
  return createIngestionService({ analysis: analysisDeps, events: options.events, logger: options.logger.child({ module: 'ingestion' }), leaseTtlMs: options.leaseTtlMs, feedGuard: options.feedGuard });
}
