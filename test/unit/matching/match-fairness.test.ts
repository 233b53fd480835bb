import { expect } from 'chai';
import { MatchEngine } from '../../../src/modules/matching/match-engine.js';
import { matchableCandidate } from '../../../src/modules/matching/matching.records.js';
import type { CandidateRecord as MatchCandidateInput } from '../../../src/modules/candidates/candidate.schema.js';
import { candidateRecord, occupationUri, realMatchContext, vacancyRecord } from './matching-fixtures.js';

const flips: [string, (c: MatchCandidateInput) => MatchCandidateInput][] = [
  ['nationality', (c) => ({ ...c, protected: { ...c.protected, nationality: 'IT' } })],
  ['gender', (c) => ({ ...c, protected: { ...c.protected, gender: 'male' } })],
  ['birth year', (c) => ({ ...c, protected: { ...c.protected, birthYear: 1961 } })],
  ['protection status', (c) => ({ ...c, protected: { ...c.protected, protectionStatus: 'refugee' } })],
  ['vulnerability', (c) => ({ ...c, protected: { ...c.protected, vulnerability: [] } })],
  ['identity and contacts', (c) => ({ ...c, extra: { name: 'Giulia Rossi', email: 'g.rossi@example.org', phone: '+39 02 1234567' } })],
  ['everything protected removed', (c) => ({ ...c, protected: undefined, extra: undefined })],
];

function market() {
  const vacancies = [
    vacancyRecord(),
    vacancyRecord({ id: 'v-porter', title: 'Lavapiatti', occupation: occupationUri('kitchen porter'), languages: [{ lang: 'it', level: 'A2' }] }),
    vacancyRecord({ id: 'v-bus', title: 'Autista di autobus', occupation: occupationUri('bus driver'), drivingLicences: ['D'] }),
    vacancyRecord({ id: 'v-remote', title: 'Operatore call center', occupation: undefined, location: { remote: true } }),
  ];
  const candidates = [
    candidateRecord(),
    candidateRecord({ id: 'c-omar', lang: 'ar', summary: 'عملت طاهيا في مطعم', experiences: [{ title: 'طاهي' }],
      protected: { nationality: 'EG', gender: 'male', birthYear: 1988 } }),
    candidateRecord({ id: 'c-lena', lang: 'fr', summary: 'Chauffeuse de bus', experiences: [{ title: 'chauffeur de bus' }],
      workAuthorisation: { status: 'asylum-applicant', applicationDate: '2026-10-20' } }),
  ];
  return { vacancies, candidates };
}

function rankings(candidates: MatchCandidateInput[]) {
  const engine = new MatchEngine(realMatchContext(), { today: () => '2026-11-30' });
  const { vacancies } = market();
  vacancies.forEach((v) => engine.upsertVacancy(v));
  const profiles = candidates.map((c) => engine.upsertCandidate(c));
  const forCandidates = profiles.map((p) => engine.vacanciesForCandidate(p, { top: 10, explainAll: true }));
  const forVacancies = vacancies.map((v) => engine.candidatesForVacancy(engine.vacancies.get(v.id)!, { top: 10, explainAll: true }));
  return { forCandidates, forVacancies };
}

describe('matching fairness: protected attributes are never inputs', function () {
  this.timeout(120_000);
  before(() => realMatchContext());

  it('when a record passes the profile builder gate, then protected data, names and contacts are gone', () => {
    const kept = matchableCandidate(candidateRecord());
    expect(kept).to.not.have.property('protected');
    expect(kept).to.not.have.property('extra');
    expect(JSON.stringify(kept)).to.not.include('Amina').and.not.include('1994').and.not.include('female');
  });

  for (const [what, flip] of flips) {
    it(`when ${what} changes on every candidate, then every score and ranking is identical`, () => {
      const { candidates } = market();
      const before = rankings(candidates);
      const after = rankings(candidates.map(flip));
      expect(after).to.deep.equal(before);
      expect(before.forCandidates.flat().length).to.be.greaterThan(0);
    });
  }
});
