import { NotFoundError } from '../../platform/errors.js';
import type { Logger } from '../../platform/logger.js';
import type { DomainEvents } from '../../platform/domain-events.js';
import type { ReferenceData } from '../reference/reference-data.js';
import type { Lang } from '../taxonomy/taxonomy.types.js';
import type { DemandService } from '../demand/demand.service.js';
import type { MarketCandidate, MarketSource } from '../demand/market-source.js';
import type { CourseService } from '../training/course.service.js';
import { CourseCatalogue } from './course-catalogue.js';
import { buildMarketEngine, type MarketEngine } from './market-engine.js';
import { recommendFor } from './recommender.js';
import type { Recommendations } from './recommendation.types.js';

export interface RecommendationServiceDeps {
  source: MarketSource;
  demand: DemandService;
  courses: CourseService;
  reference: ReferenceData;
  events: DomainEvents;
  logger: Logger;
  today?: () => string;
}

/**
 * Keeps the vacancies (in the matching engine) and the course catalogue in memory; a saved or removed
 * vacancy or course marks them stale and the next request reloads them.
 */
export class RecommendationService {
  private market: Promise<MarketEngine> | undefined;
  private catalogue: Promise<CourseCatalogue> | undefined;
  private readonly today: () => string;

  constructor(private readonly deps: RecommendationServiceDeps) {
    this.today = deps.today ?? (() => new Date().toISOString().slice(0, 10));
    const stale = (): void => {
      this.market = undefined;
    };
    deps.events.on('vacancy.saved', stale);
    deps.events.on('vacancy.removed', stale);
  }

  coursesChanged(): void {
    this.catalogue = undefined;
  }

  async findCandidate(id: string): Promise<MarketCandidate> {
    const candidate = await this.deps.source.findCandidate(id);
    if (!candidate) throw new NotFoundError('Candidate', id);
    return candidate;
  }

  async recommend(candidate: MarketCandidate, lang: Lang): Promise<Recommendations> {
    const [market, catalogue] = await Promise.all([this.loadMarket(), this.loadCatalogue()]);
    const province = candidate.location?.comune ? this.deps.reference.resolveComune(candidate.location.comune)?.comune.provinceAbbrev : undefined;
    await this.deps.demand.ensureTables();
    const area = province ? await this.deps.demand.areaDemand('province', province) : undefined;
    return recommendFor(candidate, { engine: market.engine, catalogue, area, titleVacancies: market.titleVacancies, today: this.today(), lang });
  }

  private loadMarket(): Promise<MarketEngine> {
    this.market ??= this.forgetOnFailure(this.deps.source.listVacancies().then((vacancies) => buildMarketEngine(vacancies, this.deps.reference, this.today)), () => {
      this.market = undefined;
    });
    return this.market;
  }

  private loadCatalogue(): Promise<CourseCatalogue> {
    this.catalogue ??= this.forgetOnFailure(this.deps.courses.listAll().then((courses) => new CourseCatalogue(courses)), () => {
      this.catalogue = undefined;
    });
    return this.catalogue;
  }

  /** A failed load is not cached: the caller still gets the rejection, and the next request tries again. */
  private forgetOnFailure<T>(load: Promise<T>, forget: () => void): Promise<T> {
    load.catch(forget);
    return load;
  }
}
