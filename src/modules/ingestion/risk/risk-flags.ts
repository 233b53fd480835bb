import { isVerifiableEmployerTaxCode } from './tax-code.js';
import type { RiskRules } from './risk-rules.js';

export interface RiskFlag {
  code: 'pay-below-floor' | 'unverifiable-employer-tax-code' | 'caporalato-risk-sector' | 'caporalato-pattern';
  detail: string;
}

export interface RiskInput {
  title: string;
  description?: string;
  contract?: { hoursPerWeek?: number; monthlyGrossEur?: number; ccnl?: string };
  employer?: { taxCode?: string; ateco?: string };
  /** ISCO unit group of the (given or recognised) occupation, when known. */
  iscoGroup?: string;
}

const WEEKS_PER_MONTH = 52 / 12;
const FULL_TIME_HOURS = 40;

/** Flags a vacancy for staff review before vulnerable candidates see it; the rules come from data. */
export class RiskAssessor {
  private readonly patterns: { id: string; label: string; regex: RegExp }[];

  constructor(private readonly rules: RiskRules) {
    // No "u" flag: with it V8 case-folds through Unicode tables and these tests get ~100x slower.
    this.patterns = rules.patterns.map((p) => ({ id: p.id, label: p.label, regex: new RegExp(p.pattern, 'i') }));
  }

  assess(vacancy: RiskInput): RiskFlag[] {
    return [...this.payFlags(vacancy), ...this.employerFlags(vacancy), ...this.sectorFlags(vacancy), ...this.patternFlags(vacancy)];
  }

  private floorFor(vacancy: RiskInput): RiskRules['payFloors'][number] | undefined {
    const { ccnl } = vacancy.contract ?? {};
    const ateco = vacancy.employer?.ateco ?? '';
    return (
      this.rules.payFloors.find((f) => ccnl !== undefined && f.ccnl.includes(ccnl)) ??
      this.rules.payFloors.find((f) => ateco !== '' && f.atecoPrefixes.some((p) => ateco.startsWith(p))) ??
      this.rules.payFloors.find((f) => f.id === 'default')
    );
  }

  private payFlags(vacancy: RiskInput): RiskFlag[] {
    const pay = vacancy.contract?.monthlyGrossEur;
    const floor = this.floorFor(vacancy);
    if (pay === undefined || !floor) return [];
    // Unknown hours are read as full time: the stricter reading for a monthly figure.
    const hours = vacancy.contract?.hoursPerWeek ?? FULL_TIME_HOURS;
    const hourly = pay / (hours * WEEKS_PER_MONTH);
    if (hourly >= floor.minHourlyGrossEur) return [];
    return [{ code: 'pay-below-floor', detail: `${hourly.toFixed(2)} EUR/h gross is below ${floor.minHourlyGrossEur} (${floor.id})` }];
  }

  private employerFlags(vacancy: RiskInput): RiskFlag[] {
    if (isVerifiableEmployerTaxCode(vacancy.employer?.taxCode)) return [];
    return [{ code: 'unverifiable-employer-tax-code', detail: vacancy.employer?.taxCode ? 'tax code fails its check digit' : 'no employer tax code' }];
  }

  private sectorFlags(vacancy: RiskInput): RiskFlag[] {
    const sectors = this.rules.caporalatoSectors;
    const ateco = vacancy.employer?.ateco;
    const bySector = ateco !== undefined && sectors.atecoPrefixes.some((p) => ateco.startsWith(p));
    const byOccupation = vacancy.iscoGroup !== undefined && sectors.occupationIscoPrefixes.some((p) => vacancy.iscoGroup!.startsWith(p));
    if (!bySector && !byOccupation) return [];
    return [{ code: 'caporalato-risk-sector', detail: bySector ? `ATECO ${ateco}` : `ISCO ${vacancy.iscoGroup}` }];
  }

  private patternFlags(vacancy: RiskInput): RiskFlag[] {
    const text = `${vacancy.title}\n${vacancy.description ?? ''}`;
    return this.patterns.filter((p) => p.regex.test(text)).map((p) => ({ code: 'caporalato-pattern' as const, detail: p.label }));
  }
}
