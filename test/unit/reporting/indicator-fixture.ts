import type { IndicatorInput, ReportCandidate, ReportIntervention } from '../../../src/modules/reporting/indicator.types.js';

const O1 = 'http://data.europa.eu/esco/occupation/o1';
const O2 = 'http://data.europa.eu/esco/occupation/o2';

/** Hand-counted fixture: region with centres c1, c2 (province 001) and c3 (province 004); c9 is elsewhere. */
export const fixtureCandidates: ReportCandidate[] = [
  { id: 'a', centreId: 'c1', registeredOn: '2025-12-01', gender: 'female', birthYear: 2000, protectionStatus: 'refugee' },
  { id: 'b', centreId: 'c1', registeredOn: '2026-01-10', gender: 'male', birthYear: 1980, protectionStatus: 'none' },
  { id: 'c', centreId: 'c2', registeredOn: '2026-02-01', gender: 'female', birthYear: 1990, protectionStatus: 'subsidiary-protection' },
  { id: 'd', centreId: 'c3', registeredOn: '2026-03-01', gender: 'female', birthYear: 2005, protectionStatus: 'asylum-applicant' },
  { id: 'e', centreId: 'c3', registeredOn: '2025-01-01', gender: 'male', birthYear: 1999, protectionStatus: 'none' },
  { id: 'f', centreId: 'c9', registeredOn: '2026-01-01', gender: 'female', birthYear: 1995 },
];

const base = { outcome: 'completed' as const };
export const fixtureInterventions: ReportIntervention[] = [
  { ...base, id: '1', candidateId: 'a', centreId: 'c1', type: 'reception-orientation', startDate: '2026-01-05', fundingLine: 'fami-prima' },
  { ...base, id: '2', candidateId: 'a', centreId: 'c1', type: 'competence-validation', startDate: '2026-02-01', endDate: '2026-02-20', fundingLine: 'fse-plus-regional', skills: ['s1', 's2'] },
  { ...base, id: '3', candidateId: 'a', centreId: 'c1', type: 'competence-certification', startDate: '2026-03-01', fundingLine: 'fse-plus-regional', skills: ['s2'] },
  { ...base, id: '4', candidateId: 'a', centreId: 'c1', type: 'placement', startDate: '2026-04-01', fundingLine: 'gol', contractType: 'permanent', workplace: { occupation: O1, ateco: '87.30.00', comune: '001272' } },
  { ...base, id: '5', candidateId: 'b', centreId: 'c1', type: 'reception-orientation', startDate: '2026-01-20', fundingLine: 'fami-prima' },
  { ...base, id: '6', candidateId: 'b', centreId: 'c1', type: 'italian-course', startDate: '2026-01-25', endDate: '2026-05-30', fundingLine: 'fami-prima' },
  { ...base, id: '7', candidateId: 'c', centreId: 'c2', type: 'qualification-recognition', startDate: '2026-02-15', fundingLine: 'other', qualificationIndex: 0, recognition: 'recognised' },
  { ...base, id: '8', candidateId: 'c', centreId: 'c2', type: 'placement', startDate: '2026-06-15', fundingLine: 'fse-plus-regional', contractType: 'fixed-term', workplace: { occupation: O2, ateco: '41.20.00', comune: '001156' } },
  { ...base, id: '9', candidateId: 'd', centreId: 'c3', type: 'skills-assessment', startDate: '2026-03-10', fundingLine: 'gol', skills: ['s3'] },
  { ...base, id: '10', candidateId: 'd', centreId: 'c3', type: 'competence-validation', startDate: '2026-07-05', fundingLine: 'gol', skills: ['s3'] },
  { ...base, id: '11', candidateId: 'e', centreId: 'c3', type: 'reception-orientation', startDate: '2025-02-01', fundingLine: 'fami-prima' },
  { ...base, id: '12', candidateId: 'f', centreId: 'c1', type: 'job-proposal', startDate: '2026-05-01', fundingLine: 'gol' },
];

export const cp2011ByOccupation: Record<string, string> = { [O1]: '5.3.1.1.0', [O2]: '6.1.2.1.0' };

export function regionInput(threshold: number): IndicatorInput {
  return {
    period: { from: '2026-01-01', to: '2026-06-30' },
    candidates: fixtureCandidates,
    interventions: fixtureInterventions,
    centreIds: new Set(['c1', 'c2', 'c3']),
    childOf: new Map([['c1', '001'], ['c2', '001'], ['c3', '004']]),
    threshold,
    cp2011For: (uri) => cp2011ByOccupation[uri],
  };
}

export { O1, O2 };
