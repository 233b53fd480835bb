import type { Logger } from '../../platform/logger.js';
import { NotFoundError } from '../../platform/errors.js';
import type { ReferenceData } from '../reference/reference-data.js';
import { computeDemand, type DemandLookups } from './demand.compute.js';
import { demandRecordMapper } from './demand-records.js';
import { defaultDemandSettings, type AreaDemand, type AreaScope, type EmployerToContact } from './demand.types.js';
import { countAreaDemand, findAreaDemand, saveAreaDemand, upsertExternalFigures, listExternalFigures } from './demand.repository.js';
import type { ExternalFigure } from './external-figures.js';
import type { MarketSource } from './market-source.js';
import { filterAreaDemand, type DemandQuery } from './demand-query.js';

export interface DemandServiceDeps {
  source: MarketSource;
  lookups: DemandLookups;
  reference: ReferenceData;
  logger: Logger;
  today?: () => string;
}

export interface RefreshSummary {
  areas: number;
  vacancies: number;
  candidates: number;
  computeMs: number;
  totalMs: number;
}

/** Demand use cases: the scheduled refresh, queries per area, employers to contact, external figures. */
export class DemandService {
  private readonly cache = new Map<string, AreaDemand>();
  private readonly today: () => string;

  constructor(private readonly deps: DemandServiceDeps) {
    this.today = deps.today ?? (() => new Date().toISOString().slice(0, 10));
  }

  async refresh(): Promise<RefreshSummary> {
    const started = Date.now();
    const mapper = demandRecordMapper(this.deps.reference);
    const [vacancies, candidates] = await Promise.all([this.deps.source.listVacancies(), this.deps.source.listCandidates()]);
    const computeStart = Date.now();
    const areas = computeDemand(vacancies.map(mapper.vacancy), candidates.map(mapper.candidate), this.deps.lookups, defaultDemandSettings(this.today()));
    const computeMs = Date.now() - computeStart;
    await saveAreaDemand(areas, new Date());
    this.cache.clear();
    for (const a of areas) this.cache.set(`${a.scope}:${a.code}`, a);
    const summary = { areas: areas.length, vacancies: vacancies.length, candidates: candidates.length, computeMs, totalMs: Date.now() - started };
    this.deps.logger.info(summary, 'demand refreshed');
    return summary;
  }

  async hasTables(): Promise<boolean> {
    return this.cache.size > 0 || (await countAreaDemand()) > 0;
  }

  /** Before the first scheduled run (a fresh install), the first reader builds the tables. */
  async ensureTables(): Promise<void> {
    if (!(await this.hasTables())) await this.refresh();
  }

  /** The stored table of an area; undefined until the first refresh has covered it. */
  async areaDemand(scope: AreaScope, code: string): Promise<AreaDemand | undefined> {
    const key = `${scope}:${code}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const stored = await findAreaDemand(scope, code);
    if (stored) this.cache.set(key, stored);
    return stored;
  }

  async query(query: DemandQuery): Promise<AreaDemand & { externalFigures: ExternalFigure[] }> {
    const { scope, code } = this.areaOf(query);
    await this.ensureTables();
    const area = await this.areaDemand(scope, code);
    if (!area) throw new NotFoundError('Demand for area', code);
    const regionName = scope === 'region' ? this.deps.reference.tables.regions.find((r) => r.code === code)?.name : this.deps.reference.findProvinceByAbbrev(code)?.region;
    const externalFigures = regionName ? await listExternalFigures({ scope: 'region', area: regionName }) : [];
    return { ...filterAreaDemand(area, query), externalFigures: externalFigures.slice(0, query.figures) };
  }

  async employersToContact(province: string): Promise<EmployerToContact[]> {
    await this.ensureTables();
    const area = await this.areaDemand('province', province);
    if (!area) throw new NotFoundError('Demand for province', province);
    return area.employersToContact;
  }

  importFigures(figures: readonly ExternalFigure[]): Promise<number> {
    return upsertExternalFigures(figures);
  }

  private areaOf(query: DemandQuery): { scope: AreaScope; code: string } {
    if (query.province) return { scope: 'province', code: query.province };
    if (query.region) return { scope: 'region', code: query.region };
    return { scope: 'region', code: '01' };
  }
}
