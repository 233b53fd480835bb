/** The services PRIMA records for a candidate (Action lines 3–4 traceability). Pure types and orderings. */
export const interventionTypes = [
  'reception-orientation',
  'skills-assessment',
  'competence-validation',
  'competence-certification',
  'italian-course',
  'vocational-training',
  'qualification-recognition',
  'traineeship',
  'job-proposal',
  'placement',
] as const;
export type InterventionType = (typeof interventionTypes)[number];

export const fundingLines = ['fami-prima', 'fse-plus-regional', 'gol', 'other'] as const;
export type FundingLine = (typeof fundingLines)[number];

export const interventionOutcomes = ['completed', 'ongoing', 'interrupted', 'not-achieved'] as const;
export type InterventionOutcome = (typeof interventionOutcomes)[number];

/** CONTRACTS.md §1 contract types; a placement records which one the person was hired on. */
export const contractTypes = ['permanent', 'fixed-term', 'seasonal', 'apprenticeship', 'internship', 'temporary-agency', 'other'] as const;
export type ContractType = (typeof contractTypes)[number];

/** Weakest first: an intervention may move a skill up this ladder, never down. */
export const evidenceLevels = ['self-declared', 'assessed', 'validated', 'certified'] as const;
export type EvidenceLevel = (typeof evidenceLevels)[number];

export const recognitionStatuses = ['none', 'requested', 'recognised', 'not-needed'] as const;
export type RecognitionStatus = (typeof recognitionStatuses)[number];

/** Where the person was placed (or did a traineeship), in the codes regional systems exchange. */
export interface Workplace {
  employerId?: string;
  employerName?: string;
  /** ATECO 2007 sector code of the employer. */
  ateco?: string;
  /** ESCO occupation URI of the job. */
  occupation?: string;
  /** ISTAT code of the comune of the workplace. */
  comune?: string;
}

export interface InterventionDetails {
  /** ESCO skill URIs an assessment, validation or certification covered. */
  skills?: string[];
  /** Position of the qualification in the candidate's `qualifications` and its title when recorded. */
  qualificationIndex?: number;
  qualificationTitle?: string;
  recognition?: RecognitionStatus;
  contractType?: ContractType;
  vacancyId?: string;
  workplace?: Workplace;
  hours?: number;
  /** Title of a course or training path. */
  course?: string;
  /** CEFR level reached at the end of an Italian course. */
  levelReached?: string;
  response?: 'accepted' | 'declined' | 'no-response';
}

export interface Intervention {
  id: string;
  candidateId: string;
  /** The employment centre the candidate belonged to when the service was recorded: reports roll up from it. */
  centreId: string;
  type: InterventionType;
  startDate: string;
  endDate?: string;
  provider: string;
  staffId: string;
  fundingLine: FundingLine;
  projectCode?: string;
  outcome: InterventionOutcome;
  details: InterventionDetails;
  notes?: string;
  recordedBy: string;
  recordedAt: Date;
  /** Set once the candidate profile carries the effect; absent while an effect is still to apply. */
  appliedAt?: Date;
  /** False for interventions that change nothing on the profile. */
  hasProfileEffect: boolean;
}

export const evidenceGrantedBy: Partial<Record<InterventionType, EvidenceLevel>> = {
  'skills-assessment': 'assessed',
  'competence-validation': 'validated',
  'competence-certification': 'certified',
};
