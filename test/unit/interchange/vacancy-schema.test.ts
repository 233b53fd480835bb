import { expect } from 'chai';
import { vacancyRecordSchema } from '../../../src/modules/vacancies/vacancy.schema.js';
import { parseOrThrow } from '../../../src/platform/validation.js';
import { ValidationError } from '../../../src/platform/errors.js';

const skill = 'http://data.europa.eu/esco/skill/a28e8141-89ee-4b24-a3bb-1aebcc56c72d';
const occupation = 'http://data.europa.eu/esco/occupation/87d0795a-d41f-47ee-979f-0ab7d73836e7';

export const fullVacancy = {
  id: 'v-1',
  title: 'Aiuto cuoco',
  description: 'Cerchiamo un aiuto cuoco',
  lang: 'it',
  occupation,
  skills: [{ uri: skill, essential: true }],
  location: { comune: '001272', lat: 45.07, lon: 7.69, remote: false },
  languages: [{ lang: 'it', level: 'B1' }],
  drivingLicences: ['B'],
  contract: { type: 'fixed-term', hoursPerWeek: 40, monthlyGrossEur: 1500, ccnl: '337' },
  validFrom: '2026-12-01',
  validThrough: '2027-01-31',
  employer: { id: 'e-1', name: 'Trattoria', taxCode: '01234567890', ateco: '56.10.11' },
  extra: { anything: { nested: [1, 2] } },
};

function issuesOf(input: unknown): { path: string; message: string }[] {
  try {
    parseOrThrow(vacancyRecordSchema, input);
  } catch (err) {
    if (err instanceof ValidationError) return err.issues;
    throw err;
  }
  return [];
}

describe('vacancy interchange schema', () => {
  it('when every contract field is present and valid, then the record parses unchanged', () => {
    expect(vacancyRecordSchema.parse(fullVacancy)).to.deep.equal(fullVacancy);
  });

  it('when only id and title are given, then the record is valid', () => {
    expect(issuesOf({ id: 'x', title: 'y' })).to.deep.equal([]);
  });

  it('when id or title is missing, then both are reported', () => {
    expect(issuesOf({}).map((i) => i.path)).to.have.members(['id', 'title']);
  });

  it('when an unknown field appears at any depth, then its own path is reported', () => {
    const issues = issuesOf({ ...fullVacancy, salary: 10, contract: { type: 'permanent', bonus: 1 } });
    expect(issues).to.deep.include({ path: 'salary', message: 'unknown field' });
    expect(issues).to.deep.include({ path: 'contract.bonus', message: 'unknown field' });
  });

  it('when URIs are not ESCO skill or occupation URIs, then they are refused', () => {
    const issues = issuesOf({ ...fullVacancy, occupation: skill, skills: [{ uri: 'https://example.org/x' }] });
    expect(issues.map((i) => i.path)).to.have.members(['occupation', 'skills.0.uri']);
  });

  it('when dates are not real or validThrough precedes validFrom, then they are refused', () => {
    expect(issuesOf({ id: 'a', title: 'b', validFrom: '2026-02-30' })[0]?.path).to.equal('validFrom');
    expect(issuesOf({ id: 'a', title: 'b', validFrom: '2026-05-01', validThrough: '2026-04-30' })[0]?.path).to.equal('validThrough');
  });

  it('when language, CEFR level or licence codes are wrong, then each is refused', () => {
    const issues = issuesOf({ id: 'a', title: 'b', lang: 'ita', languages: [{ lang: 'qq', level: 'B3' }], drivingLicences: ['Z'] });
    expect(issues.map((i) => i.path)).to.have.members(['lang', 'languages.0.lang', 'languages.0.level', 'drivingLicences.0']);
  });

  it('when coordinates are out of range or only one is given, then they are refused', () => {
    expect(issuesOf({ id: 'a', title: 'b', location: { lat: 91, lon: 0 } })[0]?.path).to.equal('location.lat');
    expect(issuesOf({ id: 'a', title: 'b', location: { lat: 45 } })[0]?.path).to.equal('location.lon');
  });

  it('when a skill is listed twice, then the duplicate is reported', () => {
    const issues = issuesOf({ id: 'a', title: 'b', skills: [{ uri: skill }, { uri: skill, essential: true }] });
    expect(issues[0]?.path).to.equal('skills.1');
  });

  it('when extra is not an object or fields have the wrong type, then they are refused', () => {
    const issues = issuesOf({ id: 5, title: 'b', extra: 'text', contract: { hoursPerWeek: '40' } });
    expect(issues.map((i) => i.path)).to.have.members(['id', 'extra', 'contract.hoursPerWeek']);
  });
});
