import type { Logger } from './platform/logger.js';
import { DomainEvents } from './platform/domain-events.js';
import { loadConfig, type AppConfig } from './config/env.js';
import { createIdentity, type Identity } from './modules/identity/identity.module.js';
import { createAuditService, type AuditService } from './modules/audit/audit.service.js';
import { createPrivacyService, type PrivacyService } from './modules/privacy/privacy.service.js';
import { loadReferenceData, type ReferenceData } from './modules/reference/reference-data.js';
import { createEmployerService, type EmployerService } from './modules/employers/employer.service.js';
import { createVacancyService, type VacancyService } from './modules/vacancies/vacancy.service.js';
import { createMatchingService, type MatchingService } from './modules/matching/matching.service.js';
import { matchDecisionsPersonalData } from './modules/matching/match-decision.repository.js';
import { connectFairnessSource } from './modules/audit/fairness/fairness.wiring.js';
import { createCandidateService, type CandidateService } from './modules/candidates/candidate.service.js';
import { createInterventions, interventionsPersonalData } from './modules/interventions/interventions.module.js';
import type { InterventionService } from './modules/interventions/intervention.service.js';
import { createReporting } from './modules/reporting/reporting.module.js';
import type { ReportingService } from './modules/reporting/reporting.service.js';
import { createDemandAndTraining, type DemandAndTraining } from './modules/recommendations/recommendations.module.js';
import { createTaxonomyService, type TaxonomyService } from './modules/taxonomy/taxonomy.service.js';
import { loadRecognizer } from './modules/taxonomy/taxonomy.recognizer.js';
import { createIngestion } from './modules/ingestion/ingestion.module.js';
import { FeedAddressGuard } from './modules/ingestion/fetch/feed-address-guard.js';
import type { IngestionService } from './modules/ingestion/ingestion.service.js';

export interface ServiceOptions {
  logger: Logger;
  /** Defaults to the environment, so tests and tools can build services without passing it. */
  config?: AppConfig;
}

/** The use-case services of every module, built once and shared by the HTTP app, the seed and the jobs. */
export interface Services {
  logger: Logger;
  events: DomainEvents;
  config: AppConfig;
  identity: Identity;
  audit: AuditService;
  privacy: PrivacyService;
  reference: ReferenceData;
  employers: EmployerService;
  vacancies: VacancyService;
  matching: MatchingService;
  candidates: CandidateService;
  interventions: InterventionService;
  reporting: ReportingService;
  /** Demand model, training catalogue and recommendations (src/modules/{demand,training,recommendations}). */
  demandAndTraining: DemandAndTraining;
  /** ESCO lookups, autocomplete and recognition over the process-wide recognizer (loaded on first use, shared). */
  taxonomy: TaxonomyService;
  ingestion: IngestionService;
}

export function createServices(options: ServiceOptions): Services {
  const events = new DomainEvents();
  const config = options.config ?? loadConfig();
  const identity = createIdentity(config);
  const audit = createAuditService(config.AUDIT_PSEUDONYM_SECRET, config.FAIRNESS_MIN_GROUP_SIZE);
  const privacy = createPrivacyService({ audit, events });
  const reference = loadReferenceData();
  const employers = createEmployerService(reference);
  // MongoDB answers list filters and sorts from its indexes; the embedded FerretDB would scan, so lists use a mirror.
  const lists = config.MONGODB_URI ? 'database' : 'mirror';
  const vacancies = createVacancyService({ reference, employers, events, lists });
  const candidates = createCandidateService({ reference, events, privacy, lists });
  const matching = createMatchingService({ events, reference, logger: options.logger, vacancies, candidates });
  connectFairnessSource({ audit, candidates, matching });
  const interventions = createInterventions({ events, reference, logger: options.logger });
  privacy.registerHolder(interventionsPersonalData);
  privacy.registerHolder(matchDecisionsPersonalData);
  const reporting = createReporting({ config, reference, identityAdmin: identity.admin });
  const feedGuard = new FeedAddressGuard(config.FEED_ALLOWED_HOSTS);
  const ingestion = createIngestion({ reference, events, logger: options.logger, leaseTtlMs: config.INGEST_LEASE_TTL_MS, recognition: config.INGEST_RECOGNITION, feedGuard });
  const demandAndTraining = createDemandAndTraining({ reference, events, logger: options.logger, feedGuard });
  const taxonomy = createTaxonomyService(() => loadRecognizer());
  return { matching, logger: options.logger, config, identity, audit, privacy, events, reference, candidates, vacancies, employers, interventions, reporting, ingestion, demandAndTraining, taxonomy };
}
