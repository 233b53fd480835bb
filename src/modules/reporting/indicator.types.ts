import type { ContractType, FundingLine, InterventionOutcome, InterventionType, RecognitionStatus, Workplace } from '../interventions/intervention.types.js';
import type { SuppressionReason } from './suppression.js';

/** What the report reads about a candidate: registration, home centre, and the protected block (reporting only). */
export interface ReportCandidate {
  id: string;
  centreId: string;
  registeredOn: string;
  gender?: string;
  birthYear?: number;
  protectionStatus?: string;
}

export interface ReportIntervention {
  id: string;
  candidateId: string;
  centreId: string;
  type: InterventionType;
  startDate: string;
  endDate?: string;
  fundingLine: FundingLine;
  outcome: InterventionOutcome;
  skills?: readonly string[];
  qualificationIndex?: number;
  recognition?: RecognitionStatus;
  contractType?: ContractType;
  workplace?: Workplace;
}

export interface ReportPeriod {
  from: string;
  to: string;
}

/** Codes a regional information system can take as they are. */
export interface InteropCodes {
  esco?: string;
  cp2011?: string;
  ateco?: string;
  istat?: string;
  unit?: string;
}

export interface IndicatorRow {
  indicator: string;
  breakdown: string;
  category: string;
  codes?: InteropCodes;
  /** Null when suppressed. */
  value: number | null;
  suppressed?: SuppressionReason;
}

export interface IndicatorInput {
  period: ReportPeriod;
  candidates: readonly ReportCandidate[];
  /** Every intervention of those candidates, plus every intervention recorded by a centre in scope. */
  interventions: readonly ReportIntervention[];
  /** Centres of the unit reported on. */
  centreIds: ReadonlySet<string>;
  /** Centre → child unit (province or centre) for the roll-up breakdown; empty at centre level. */
  childOf: ReadonlyMap<string, string>;
  threshold: number;
  /** The CP2011 unit the crosswalk gives for an ESCO occupation. */
  cp2011For: (escoUri: string) => string | undefined;
}
