import { ValidationError, type FieldIssue } from '../../platform/errors.js';
import type { ReferenceData } from '../reference/reference-data.js';
import type { CandidateForIntervention } from './candidate-profile.store.js';
import type { NewInterventionInput } from './intervention.schema.js';
import type { Workplace } from './intervention.types.js';

function workplaceIssues(workplace: Workplace | undefined, reference: ReferenceData): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (workplace?.ateco && !reference.isAtecoCode(workplace.ateco)) issues.push({ path: 'details.workplace.ateco', message: 'not in the ATECO 2007 table' });
  if (workplace?.comune && !reference.findComuneByIstat(workplace.comune)) issues.push({ path: 'details.workplace.comune', message: 'not an ISTAT comune code' });
  return issues;
}

/** Checks that need the candidate or the reference tables; everything else the zod schema already refused. */
export function assertInterventionFitsCandidate(input: NewInterventionInput, candidate: CandidateForIntervention, reference: ReferenceData): void {
  const details = input.details as { workplace?: Workplace; qualificationIndex?: number };
  const issues = workplaceIssues(details.workplace, reference);
  if (details.qualificationIndex !== undefined && details.qualificationIndex >= candidate.qualifications.length) {
    issues.push({ path: 'details.qualificationIndex', message: `the candidate has ${candidate.qualifications.length} qualification(s)` });
  }
  if (issues.length > 0) throw new ValidationError('Invalid intervention', issues);
}
