import { FeedAddressGuard } from '../ingestion/fetch/feed-address-guard.js';
import type { Logger } from '../../platform/logger.js';
import type { DomainEvents } from '../../platform/domain-events.js';
import type { ReferenceData } from '../reference/reference-data.js';
import { loadTaxonomy } from '../taxonomy/taxonomy.loader.js';
import { DemandService } from '../demand/demand.service.js';
import { taxonomyDemandLookups } from '../demand/demand-lookups.js';
import type { MarketSource } from '../demand/market-source.js';
import { CourseService } from '../training/course.service.js';
import { RecommendationService } from './recommendation.service.js';
import { databaseMarketSource } from './market-source.db.js';

export interface DemandAndTraining {
  demand: DemandService;
  courses: CourseService;
  recommendations: RecommendationService;
}

/** Builds the demand, training and recommendation services over one market source (the database by default). */
export function createDemandAndTraining(deps: {
  reference: ReferenceData;
  events: DomainEvents;
  logger: Logger;
  source?: MarketSource;
  today?: () => string;
  /** Which addresses catalogue feeds may come from; by default public addresses only. */
  feedGuard?: FeedAddressGuard;
}): DemandAndTraining {
  const taxonomy = loadTaxonomy();
  const source = deps.source ?? databaseMarketSource;
  const demand = new DemandService({ source, lookups: taxonomyDemandLookups(taxonomy), reference: deps.reference, logger: deps.logger, today: deps.today });
  const listeners: (() => void)[] = [];
  const courses = new CourseService({ reference: deps.reference, taxonomy, logger: deps.logger, onChange: () => listeners.forEach((l) => l()), feedGuard: deps.feedGuard ?? new FeedAddressGuard() });
  const recommendations = new RecommendationService({ source, demand, courses, reference: deps.reference, events: deps.events, logger: deps.logger, today: deps.today });
  listeners.push(() => recommendations.coursesChanged());
  return { demand, courses, recommendations };
}
