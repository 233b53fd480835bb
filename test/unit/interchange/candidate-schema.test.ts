import { expect } from 'chai';
import { candidateRecordSchema } from '../../../src/modules/candidates/candidate.schema.js';

const skill = 'http://data.europa.eu/esco/skill/0dcea846-04b4-4ffc-8c75-a35c991454b1';

export const fullCandidate = {
  id: 'c-1',
  summary: 'Ho lavorato come assistente domiciliare',
  lang: 'it',
  skills: [{ uri: skill, evidence: 'assessed' }],
  experiences: [{ title: 'assistente', occupation: 'http://data.europa.eu/esco/occupation/1391bdf9-bd61-4fb5-91ca-c29036ab2b60', years: 2.5, description: 'x', country: 'RO' }],
  qualifications: [{ title: 'Diploma', country: 'RO', eqfLevel: 4, recognition: 'requested' }],
  languages: [{ lang: 'it', level: 'A2' }],
  location: { comune: 'Torino', lat: 45.07, lon: 7.69 },
  mobilityKm: 30,
  drivingLicences: ['B'],
  workAuthorisation: { status: 'permit', permitReason: 'LAVOR', validUntil: '2027-06-30', applicationDate: '2026-09-01' },
  availableFrom: '2026-12-15',
  preferences: { contractTypes: ['permanent'], maxHoursPerWeek: 40 },
  protected: { nationality: 'NG', gender: 'female', birthYear: 1999, protectionStatus: 'subsidiary', vulnerability: ['single parent'] },
  extra: { note: 'anything' },
};

const pathsOf = (input: unknown): string[] => {
  const result = candidateRecordSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

describe('candidate interchange schema', () => {
  it('when every contract field is present and valid, then the record parses unchanged', () => {
    expect(candidateRecordSchema.parse(fullCandidate)).to.deep.equal(fullCandidate);
  });

  it('when only the id is given, then the record is valid', () => {
    expect(pathsOf({ id: 'c' })).to.deep.equal([]);
  });

  it('when country codes are not ISO 3166-1 alpha-2, then they are refused', () => {
    const paths = pathsOf({ id: 'c', experiences: [{ country: 'ITA' }], qualifications: [{ country: 'ZZ' }], protected: { nationality: 'it' } });
    expect(paths).to.have.members(['experiences.0.country', 'qualifications.0.country', 'protected.nationality']);
  });

  it('when enumerations hold unknown values, then they are refused', () => {
    const paths = pathsOf({
      id: 'c',
      skills: [{ uri: skill, evidence: 'rumoured' }],
      workAuthorisation: { status: 'tourist', permitReason: 'lavoro' },
      preferences: { contractTypes: ['zero-hours'] },
    });
    expect(paths).to.have.members(['skills.0.evidence', 'workAuthorisation.status', 'workAuthorisation.permitReason', 'preferences.contractTypes.0']);
  });

  it('when numbers are out of range, then they are refused', () => {
    const paths = pathsOf({ id: 'c', mobilityKm: -1, qualifications: [{ eqfLevel: 9 }], experiences: [{ years: 71 }], protected: { birthYear: 1850 } });
    expect(paths).to.have.members(['mobilityKm', 'qualifications.0.eqfLevel', 'experiences.0.years', 'protected.birthYear']);
  });

  it('when a candidate location has a remote flag, then it is refused as unknown', () => {
    expect(pathsOf({ id: 'c', location: { comune: 'Torino', remote: true } })).to.deep.equal(['location']);
  });
});
