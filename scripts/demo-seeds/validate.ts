import type { CandidateLine } from './candidates.js';
import { partitaIvaCheckDigit, type DemoEmployer } from './employers.js';
import type { Centre } from './geography.js';
import type { ReferenceData } from './reference-data.js';
import type { VacancyRecord } from './vacancies.js';

export interface DemoDataSet {
  centres: Centre[];
  employers: DemoEmployer[];
  vacancies: VacancyRecord[];
  candidates: CandidateLine[];
}

const vacancyKeys = new Set(['id', 'title', 'description', 'lang', 'occupation', 'skills', 'location', 'languages',
  'drivingLicences', 'contract', 'validFrom', 'validThrough', 'employer', 'extra']);
const candidateKeys = new Set(['id', 'summary', 'lang', 'skills', 'experiences', 'qualifications', 'languages', 'location',
  'mobilityKm', 'drivingLicences', 'workAuthorisation', 'availableFrom', 'preferences', 'protected', 'extra']);

function check(problems: string[], ok: boolean, message: string): void {
  if (!ok && problems.length < 50) problems.push(message);
}

function validateEmployers(problems: string[], reference: ReferenceData, employers: DemoEmployer[]): void {
  const taxCodes = new Set(employers.map(({ record }) => record.taxCode));
  check(problems, taxCodes.size === employers.length, 'employer tax codes are not unique');
  for (const { record } of employers) {
    check(problems, /^\d{11}$/.test(record.taxCode) && partitaIvaCheckDigit(record.taxCode.slice(0, 10)) === Number(record.taxCode[10]), `${record.id}: bad partita IVA ${record.taxCode}`);
    check(problems, reference.atecoCodes.has(record.ateco), `${record.id}: unknown ATECO ${record.ateco}`);
    for (const site of record.sites) check(problems, reference.comuni.has(site.comune), `${record.id}: unknown comune ${site.comune}`);
  }
}

function validateVacancies(problems: string[], reference: ReferenceData, data: DemoDataSet): void {
  const employers = new Map(data.employers.map(({ record }) => [record.id, record]));
  for (const vacancy of data.vacancies) {
    for (const key of Object.keys(vacancy)) check(problems, vacancyKeys.has(key), `${vacancy.id}: unexpected key ${key}`);
    check(problems, reference.occupationUris.has(vacancy.occupation), `${vacancy.id}: unknown occupation`);
    for (const skill of vacancy.skills) check(problems, reference.skillUris.has(skill.uri), `${vacancy.id}: unknown skill ${skill.uri}`);
    check(problems, reference.comuni.has(vacancy.location.comune), `${vacancy.id}: unknown comune`);
    const ccnl = 'ccnl' in vacancy.contract ? vacancy.contract.ccnl : undefined;
    check(problems, ccnl === undefined || reference.ccnlCodes.has(ccnl), `${vacancy.id}: unknown CCNL ${ccnl}`);
    check(problems, employers.get(vacancy.employer.id)?.taxCode === vacancy.employer.taxCode, `${vacancy.id}: employer mismatch`);
    check(problems, vacancy.validFrom < vacancy.validThrough, `${vacancy.id}: validThrough before validFrom`);
  }
}

function validateCandidates(problems: string[], reference: ReferenceData, data: DemoDataSet): void {
  const centres = new Set(data.centres.map((centre) => centre.id));
  for (const { candidate, centreId } of data.candidates) {
    for (const key of Object.keys(candidate)) check(problems, candidateKeys.has(key), `${candidate.id}: unexpected key ${key}`);
    for (const skill of candidate.skills) check(problems, reference.skillUris.has(skill.uri), `${candidate.id}: unknown skill`);
    for (const experience of candidate.experiences) check(problems, reference.occupationUris.has(experience.occupation), `${candidate.id}: unknown occupation`);
    check(problems, reference.comuni.has(candidate.location.comune), `${candidate.id}: unknown comune`);
    const reason = candidate.workAuthorisation.permitReason;
    check(problems, reason === undefined || reference.activePermitReasons.has(reason), `${candidate.id}: unknown permit reason ${reason}`);
    check(problems, centres.has(centreId), `${candidate.id}: unknown centre ${centreId}`);
  }
}

/** Fails the build when the generated data would not load or would not say what the docs promise. */
export function validateDemoData(reference: ReferenceData, data: DemoDataSet): string[] {
  const problems: string[] = [];
  check(problems, data.employers.length >= 200, 'fewer than 200 employers');
  check(problems, data.vacancies.length >= 2000, 'fewer than 2,000 vacancies');
  check(problems, data.candidates.length >= 1000, 'fewer than 1,000 candidates');
  const provinces = new Set(data.vacancies.map((vacancy) => reference.comuni.get(vacancy.location.comune)?.province));
  check(problems, provinces.size >= 5, `vacancies cover only ${provinces.size} provinces`);
  check(problems, data.vacancies.some((vacancy) => vacancy.validThrough < '2026-11-30'), 'no vacancy has expired by 2026-11-30');
  validateEmployers(problems, reference, data.employers);
  validateVacancies(problems, reference, data);
  validateCandidates(problems, reference, data);
  return problems;
}
