import { contractTypes, fundingLines, interventionTypes } from '../interventions/intervention.types.js';
import type { IndicatorInput, IndicatorRow, ReportIntervention } from './indicator.types.js';
import { completionDate, inPeriod, isPlacement, overlapsPeriod } from './period-rules.js';
import { CountTable } from './count-table.js';

const UNKNOWN = 'unknown';

const deliveredHere = (input: IndicatorInput) => (i: ReportIntervention): boolean => input.centreIds.has(i.centreId);

function addUnitBreakdown(table: CountTable, input: IndicatorInput, items: readonly ReportIntervention[]): void {
  if (input.childOf.size === 0) return;
  for (const child of new Set(input.childOf.values())) table.set('unit', child, 0, { unit: child });
  for (const item of items) table.add('unit', input.childOf.get(item.centreId)!);
  table.relate('total', 'all', 'unit');
}

/** Services delivered by the unit's centres during the period, by type, funding line and both. */
export function interventionRows(input: IndicatorInput): IndicatorRow[] {
  const delivered = input.interventions.filter(deliveredHere(input)).filter((i) => overlapsPeriod(i, input.period));
  const table = new CountTable('interventions');
  table.set('total', 'all', delivered.length);
  for (const type of interventionTypes) table.set('type', type, delivered.filter((i) => i.type === type).length);
  for (const line of fundingLines) table.set('funding-line', line, delivered.filter((i) => i.fundingLine === line).length);
  for (const type of interventionTypes) {
    for (const line of fundingLines) table.set('type-funding', `${type}/${line}`, delivered.filter((i) => i.type === type && i.fundingLine === line).length);
  }
  table.relate('total', 'all', 'type');
  table.relate('total', 'all', 'funding-line');
  for (const type of interventionTypes) table.relate('type', type, 'type-funding', fundingLines.map((line) => `${type}/${line}`));
  for (const line of fundingLines) table.relate('funding-line', line, 'type-funding', interventionTypes.map((type) => `${type}/${line}`));
  addUnitBreakdown(table, input, delivered);
  return table.rows(input.threshold);
}

/** Placements that started in the period, by contract type, occupation (ESCO + CP2011), sector (ATECO) and comune (ISTAT). */
export function placementRows(input: IndicatorInput): IndicatorRow[] {
  const placements = input.interventions.filter(deliveredHere(input)).filter((i) => isPlacement(i) && inPeriod(i.startDate, input.period));
  const table = new CountTable('placements');
  table.set('total', 'all', placements.length);
  for (const type of contractTypes) table.set('contract-type', type, 0);
  for (const placement of placements) {
    const occupation = placement.workplace?.occupation;
    const cp2011 = occupation ? input.cp2011For(occupation) : undefined;
    table.add('contract-type', placement.contractType ?? UNKNOWN);
    table.add('occupation', occupation ?? UNKNOWN, occupation ? { esco: occupation, ...(cp2011 ? { cp2011 } : {}) } : undefined);
    const ateco = placement.workplace?.ateco;
    table.add('sector', ateco ?? UNKNOWN, ateco ? { ateco } : undefined);
    const comune = placement.workplace?.comune;
    table.add('comune', comune ?? UNKNOWN, comune ? { istat: comune } : undefined);
  }
  for (const breakdown of ['contract-type', 'occupation', 'sector', 'comune']) table.relate('total', 'all', breakdown);
  addUnitBreakdown(table, input, placements);
  return table.rows(input.threshold);
}

/**
 * Competences validated or certified in the period (one per person and skill, at the highest level
 * reached), and foreign qualifications recognised in the period (one per person and qualification).
 */
export function competenceRows(input: IndicatorInput): IndicatorRow[] {
  const done = input.interventions.filter(deliveredHere(input)).filter((i) => i.outcome === 'completed' && inPeriod(completionDate(i), input.period));
  const levelByPair = new Map<string, 'validated' | 'certified'>();
  for (const i of done) {
    if (i.type !== 'competence-validation' && i.type !== 'competence-certification') continue;
    const level = i.type === 'competence-certification' ? 'certified' : 'validated';
    for (const skill of i.skills ?? []) {
      const pair = `${i.candidateId} ${skill}`;
      if (levelByPair.get(pair) !== 'certified') levelByPair.set(pair, level);
    }
  }
  const competences = new CountTable('competences-validated');
  competences.set('total', 'all', levelByPair.size);
  for (const level of ['validated', 'certified'] as const) competences.set('level', level, [...levelByPair.values()].filter((l) => l === level).length);
  competences.relate('total', 'all', 'level');
  const recognised = new Set(
    input.interventions
      .filter(deliveredHere(input))
      .filter((i) => i.type === 'qualification-recognition' && i.recognition === 'recognised' && inPeriod(completionDate(i), input.period))
      .map((i) => `${i.candidateId} ${i.qualificationIndex ?? i.id}`),
  );
  const qualifications = new CountTable('qualifications-recognised');
  qualifications.set('total', 'all', recognised.size);
  return [...competences.rows(input.threshold), ...qualifications.rows(input.threshold)];
}
