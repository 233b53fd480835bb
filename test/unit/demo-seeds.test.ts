import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect } from 'chai';
import { z } from 'zod';

/*
 * The demo files are loaded by `npm run seed`; these tests hold them to the interchange records of
 * CONTRACTS.md (strict: no unknown keys outside `extra`) until the vacancy and candidate modules ship
 * their own zod schemas, and then they should parse with those instead.
 */
const demoFolder = join(import.meta.dirname, '..', '..', 'seeds', 'demo');

function readJsonLines(name: string): unknown[] {
  return gunzipSync(readFileSync(join(demoFolder, name))).toString('utf8').trim().split('\n').map((line) => JSON.parse(line) as unknown);
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const cefr = z.enum(['A1', 'A2', 'B1', 'B2', 'C1', 'C2']);
const istatCode = z.string().regex(/^\d{6}$/);
const skillUri = z.string().startsWith('http://data.europa.eu/esco/skill/');
const occupationUri = z.string().startsWith('http://data.europa.eu/esco/occupation/');
const language = z.strictObject({ lang: z.string().length(2), level: cefr });
const contractType = z.enum(['permanent', 'fixed-term', 'seasonal', 'apprenticeship', 'internship', 'temporary-agency', 'other']);

const employerSchema = z.strictObject({
  id: z.string(), name: z.string().min(3), taxCode: z.string().regex(/^\d{11}$/), ateco: z.string().regex(/^\d{2}\.\d{2}\.\d{2}$/),
  sites: z.array(z.strictObject({ name: z.string(), comune: istatCode })).min(1),
});

const vacancySchema = z.strictObject({
  id: z.string(), title: z.string().min(3), description: z.string().min(200), lang: z.literal('it'), occupation: occupationUri,
  skills: z.array(z.strictObject({ uri: skillUri, essential: z.boolean() })).min(3),
  location: z.strictObject({ comune: istatCode, lat: z.number().min(44).max(46.5), lon: z.number().min(6.5).max(9.3), remote: z.boolean().optional() }),
  languages: z.array(language).min(1), drivingLicences: z.array(z.string()).optional(),
  contract: z.strictObject({ type: contractType, hoursPerWeek: z.number().positive().max(54), monthlyGrossEur: z.number().positive(), ccnl: z.string().optional() }),
  validFrom: isoDate, validThrough: isoDate,
  employer: z.strictObject({ id: z.string(), name: z.string(), taxCode: z.string(), ateco: z.string() }),
  extra: z.record(z.string(), z.unknown()),
});

const candidateSchema = z.strictObject({
  id: z.string(), summary: z.string().min(40), lang: z.enum(['it', 'en', 'fr', 'es', 'ar']),
  skills: z.array(z.strictObject({ uri: skillUri, evidence: z.enum(['self-declared', 'assessed', 'validated', 'certified']) })),
  experiences: z.array(z.strictObject({ title: z.string(), occupation: occupationUri, years: z.number().positive(), description: z.string().optional(), country: z.string().length(2) })),
  qualifications: z.array(z.strictObject({ title: z.string(), country: z.string().length(2), eqfLevel: z.number().int().min(1).max(8).optional(), recognition: z.enum(['none', 'requested', 'recognised', 'not-needed']) })),
  languages: z.array(language).min(1),
  location: z.strictObject({ comune: istatCode, lat: z.number(), lon: z.number() }),
  mobilityKm: z.number().positive(), drivingLicences: z.array(z.string()).optional(),
  workAuthorisation: z.strictObject({
    status: z.enum(['eu-citizen', 'permit', 'asylum-applicant', 'pending', 'none']),
    permitReason: z.string().regex(/^[A-Z0-9]{5}$/).optional(), validUntil: isoDate.optional(), applicationDate: isoDate.optional(),
  }),
  availableFrom: isoDate,
  preferences: z.strictObject({ contractTypes: z.array(contractType), maxHoursPerWeek: z.number().positive() }),
  protected: z.strictObject({ nationality: z.string().regex(/^[A-Z]{2}$/), gender: z.string(), birthYear: z.number().int().min(1940).max(2010), protectionStatus: z.string(), vulnerability: z.array(z.string()) }),
});

const candidateLineSchema = z.strictObject({
  candidate: candidateSchema,
  identity: z.strictObject({ givenName: z.string(), familyName: z.string(), email: z.string().endsWith('@example.org'), phone: z.string().regex(/^\+39 3\d{2} \d{7}$/) }),
  centreId: z.string().startsWith('cpi-'),
  consents: z.array(z.strictObject({ purpose: z.string(), date: isoDate, recordedBy: z.string() })).min(1),
});

const centreSchema = z.strictObject({ id: z.string(), name: z.string(), comune: istatCode, province: z.string().length(2), region: z.string() });

/** Independent of the generator's own check-digit code, so a shared bug cannot hide. */
function isValidPartitaIva(code: string): boolean {
  const digits = [...code].map(Number);
  const sum = digits.slice(0, 10).reduce((total, digit, i) => total + (i % 2 === 0 ? digit : [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][digit] ?? 0), 0);
  return (10 - (sum % 10)) % 10 === digits[10];
}

describe('demo seed files', () => {
  let centres: z.infer<typeof centreSchema>[] = [];
  let employers: z.infer<typeof employerSchema>[] = [];
  let vacancies: z.infer<typeof vacancySchema>[] = [];
  let candidates: z.infer<typeof candidateLineSchema>[] = [];

  before(() => {
    centres = z.array(centreSchema).parse(JSON.parse(readFileSync(join(demoFolder, 'centres.json'), 'utf8')));
    employers = readJsonLines('employers.jsonl.gz').map((line) => employerSchema.parse(line));
    vacancies = readJsonLines('vacancies.jsonl.gz').map((line) => vacancySchema.parse(line));
    candidates = readJsonLines('candidates.jsonl.gz').map((line) => candidateLineSchema.parse(line));
  });

  it('when the files are read, then they hold at least 200 employers, 2,000 vacancies and 1,000 candidates', () => {
    expect(employers.length).to.be.at.least(200);
    expect(vacancies.length).to.be.at.least(2000);
    expect(candidates.length).to.be.at.least(1000);
  });

  it('when employers are checked, then every partita IVA is unique and has a valid check digit', () => {
    expect(new Set(employers.map((employer) => employer.taxCode)).size).to.equal(employers.length);
    expect(employers.filter((employer) => !isValidPartitaIva(employer.taxCode)).map((employer) => employer.taxCode)).to.deep.equal([]);
  });

  it('when vacancies name an employer, then it is a seeded employer with the same tax code and ATECO code', () => {
    const byId = new Map(employers.map((employer) => [employer.id, employer]));
    const mismatched = vacancies.filter((vacancy) => {
      const employer = byId.get(vacancy.employer.id);
      return employer?.taxCode !== vacancy.employer.taxCode || employer.ateco !== vacancy.employer.ateco;
    });
    expect(mismatched.map((vacancy) => vacancy.id)).to.deep.equal([]);
  });

  it('when ids are compared, then vacancy and candidate ids are unique', () => {
    expect(new Set(vacancies.map((vacancy) => vacancy.id)).size).to.equal(vacancies.length);
    expect(new Set(candidates.map((line) => line.candidate.id)).size).to.equal(candidates.length);
  });

  it('when vacancy dates are read, then they end after they start and some have already expired on 2026-11-30', () => {
    expect(vacancies.every((vacancy) => vacancy.validFrom < vacancy.validThrough)).to.equal(true);
    expect(vacancies.some((vacancy) => vacancy.validThrough < '2026-11-30')).to.equal(true);
    expect(vacancies.some((vacancy) => vacancy.validFrom <= '2026-11-30' && vacancy.validThrough >= '2026-11-30')).to.equal(true);
  });

  it('when places are counted, then vacancies and candidates spread over at least 5 provinces', () => {
    const provinceOf = (comune: string) => comune.slice(0, 3);
    expect(new Set(vacancies.map((vacancy) => provinceOf(vacancy.location.comune))).size).to.be.at.least(5);
    expect(new Set(candidates.map((line) => provinceOf(line.candidate.location.comune))).size).to.be.at.least(5);
  });

  it('when candidates name a centre, then it is one of the listed employment centres', () => {
    const known = new Set(centres.map((centre) => centre.id));
    expect(candidates.filter((line) => !known.has(line.centreId))).to.have.length(0);
  });

  it('when candidate languages are counted, then profiles are written in all five supported languages', () => {
    expect(new Set(candidates.map((line) => line.candidate.lang))).to.have.all.keys('it', 'en', 'fr', 'es', 'ar');
  });
});
