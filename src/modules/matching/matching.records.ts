/**
 * The parts of the interchange records (CONTRACTS.md §1) that matching is allowed to read. These are
 * structural types, so the foundation's parsed records fit them as they are. They deliberately leave
 * out `protected`, names and contact data: what is not declared here cannot become a scoring input.
 */
export type CefrLevel = 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2';
export type Evidence = 'self-declared' | 'assessed' | 'validated' | 'certified';
export type AuthorisationStatus = 'eu-citizen' | 'permit' | 'asylum-applicant' | 'pending' | 'none';

export interface RecordLocation {
  comune?: string;
  lat?: number;
  lon?: number;
  remote?: boolean;
}

export interface LanguageLevel {
  lang: string;
  level: CefrLevel;
}

export interface MatchableVacancy {
  id: string;
  title: string;
  description?: string;
  lang?: string;
  occupation?: string;
  skills?: readonly { uri: string; essential?: boolean }[];
  location?: RecordLocation;
  languages?: readonly LanguageLevel[];
  drivingLicences?: readonly string[];
  contract?: { type?: string; hoursPerWeek?: number };
  validFrom?: string;
  validThrough?: string;
  /** Set by the vacancies module for closed or withdrawn vacancies; absent in interchange files. */
  status?: string;
}

export interface WorkAuthorisation {
  status?: AuthorisationStatus;
  permitReason?: string;
  validUntil?: string;
  applicationDate?: string;
}

export interface MatchableCandidate {
  id: string;
  summary?: string;
  lang?: string;
  skills?: readonly { uri: string; evidence?: Evidence }[];
  experiences?: readonly { title?: string; occupation?: string; years?: number; description?: string }[];
  languages?: readonly LanguageLevel[];
  location?: RecordLocation;
  mobilityKm?: number;
  drivingLicences?: readonly string[];
  workAuthorisation?: WorkAuthorisation;
  availableFrom?: string;
  preferences?: { contractTypes?: readonly string[]; maxHoursPerWeek?: number };
}

/**
 * Copies only the fields matching may read. The profile builders call this first, so `protected`,
 * `extra` (where names and contacts tend to live) and any other field never reach scoring.
 */
export function matchableCandidate(record: MatchableCandidate): MatchableCandidate {
  const { id, summary, lang, skills, experiences, languages, location, mobilityKm, drivingLicences } = record;
  const { workAuthorisation, availableFrom, preferences } = record;
  return {
    id, summary, lang, skills, experiences, languages, location, mobilityKm, drivingLicences,
    workAuthorisation, availableFrom, preferences,
  };
}

export function matchableVacancy(record: MatchableVacancy): MatchableVacancy {
  const { id, title, description, lang, occupation, skills, location, languages, drivingLicences } = record;
  const { contract, validFrom, validThrough, status } = record;
  return { id, title, description, lang, occupation, skills, location, languages, drivingLicences, contract, validFrom, validThrough, status };
}
