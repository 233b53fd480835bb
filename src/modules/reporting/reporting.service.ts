import { NotFoundError } from '../../platform/errors.js';
import type { Principal } from '../identity/identity.types.js';
import type { ReferenceData } from '../reference/reference-data.js';
import { GovernanceHierarchy, type CentreUnit, type GovernanceLevel } from './governance-hierarchy.js';
import { computeIndicators } from './indicators.js';
import type { IndicatorReport } from './indicator-export.js';
import { assertMayViewUnit } from './report-scope.js';
import { loadReportCandidates, loadReportInterventions } from './reporting.repository.js';

export interface ReportingServiceDeps {
  reference: ReferenceData;
  /** The employment centres with their province and region (identity keeps them). */
  listCentres: () => Promise<CentreUnit[]>;
  threshold: number;
  cp2011For: (escoUri: string) => string | undefined;
}

export interface IndicatorRequest {
  level: GovernanceLevel;
  code: string;
  from: string;
  to: string;
}

export function createReportingService(deps: ReportingServiceDeps) {
  async function loadHierarchy(): Promise<GovernanceHierarchy> {
    return new GovernanceHierarchy(await deps.listCentres(), deps.reference.tables.provinces, deps.reference.tables.regions);
  }

  /** `principal` undefined means a trusted local caller (the CLI run by an operator on the server). */
  async function indicatorReport(principal: Principal | undefined, request: IndicatorRequest): Promise<IndicatorReport> {
    const hierarchy = await loadHierarchy();
    const unit = hierarchy.unit(request.level, request.code);
    if (!unit) throw new NotFoundError(request.level, request.code);
    if (principal) assertMayViewUnit(principal, unit, hierarchy);
    const candidates = await loadReportCandidates(unit.centreIds);
    const interventions = await loadReportInterventions(candidates.map((c) => c.id), unit.centreIds);
    const period = { from: request.from, to: request.to };
    const rows = computeIndicators({
      period, candidates, interventions, centreIds: new Set(unit.centreIds), childOf: unit.childOf, threshold: deps.threshold, cp2011For: deps.cp2011For,
    });
    return { level: unit.level, code: unit.code, name: unit.name, period, threshold: deps.threshold, generatedAt: new Date().toISOString(), rows };
  }

  return { indicatorReport, loadHierarchy };
}

export type ReportingService = ReturnType<typeof createReportingService>;
