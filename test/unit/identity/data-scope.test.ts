import { expect } from 'chai';
import {
  aggregateRegionFor, assertCanAccessVacancy, assertCanPublishFor, candidateListCentre, assertCanManageCandidate, assertCanReadCandidate, candidateViewFor,
  centreForNewCandidate, vacancyEmployerFilter,
} from '../../../src/modules/identity/data-scope.js';
import { redactCandidate, toPseudonymousProfile } from '../../../src/modules/identity/candidate-redaction.js';
import { scopesForRoles } from '../../../src/modules/identity/role-scopes.js';
import type { Principal, Role } from '../../../src/modules/identity/identity.types.js';

const person = (roles: Role[], extra: Partial<Principal> = {}): Principal => ({ id: 'u', kind: 'user', via: 'session', roles, scopes: scopesForRoles(roles), ...extra });
const staffTorino = person(['staff'], { centreId: 'cpi-torino', regionCode: '01' });
const employerA = person(['employer'], { employerId: 'emp-a' });
const officer = person(['regional-officer'], { regionCode: '01' });
const facts = (over: Partial<{ centreId: string; sharingConsent: boolean; introducedEmployerIds: string[] }> = {}) => ({
  centreId: 'cpi-milano', sharingConsent: false, introducedEmployerIds: [], ...over,
});
const candidate = { id: 'c1', summary: 'cuoca', skills: [{ uri: 's1' }], languages: [{ lang: 'it', level: 'A2' }], availableFrom: '2026-12-01', protected: { nationality: 'NG' }, workAuthorisation: { status: 'permit' }, location: { comune: 'Torino' }, person: { name: 'Ada' } };

describe('data scoping', () => {
  it('when staff read their own centre\'s candidate, then they get the full view', () => {
    expect(candidateViewFor(staffTorino, facts({ centreId: 'cpi-torino' }))).to.equal('full');
  });

  it('when staff read another centre\'s candidate without sharing consent, then they are refused', () => {
    expect(candidateViewFor(staffTorino, facts())).to.equal('none');
    expect(() => assertCanReadCandidate(staffTorino, facts())).to.throw().with.property('code', 'FORBIDDEN');
  });

  it('when the candidate consented to sharing, then other centres get the view without protected data', () => {
    const view = assertCanReadCandidate(staffTorino, facts({ sharingConsent: true }));
    expect(view).to.equal('shared');
    expect(redactCandidate(candidate, view, 'ref')).not.to.have.property('protected');
  });

  it('when an employer sees a candidate with no introduction consent, then only the pseudonymous profile remains', () => {
    const view = candidateViewFor(employerA, facts());
    expect(view).to.equal('pseudonymous');
    expect(redactCandidate(candidate, view, 'p-1')).to.deep.equal({ ref: 'p-1', skills: candidate.skills, languages: candidate.languages, availableFrom: '2026-12-01' });
  });

  it('when the candidate consented to an introduction, then that employer sees identity but never origin or status', () => {
    const view = candidateViewFor(employerA, facts({ introducedEmployerIds: ['emp-a'] }));
    expect(view).to.equal('introduced');
    const shown = redactCandidate(candidate, view, 'p-1');
    expect(shown).to.have.property('person');
    expect(shown).not.to.have.any.keys('protected', 'workAuthorisation');
    expect(candidateViewFor(person(['employer'], { employerId: 'emp-b' }), facts({ introducedEmployerIds: ['emp-a'] }))).to.equal('pseudonymous');
  });

  it('when a regional officer is not staff, then no candidate is visible; when also staff, their centre is', () => {
    expect(candidateViewFor(officer, facts({ centreId: 'cpi-torino' }))).to.equal('none');
    const both = person(['regional-officer', 'staff'], { centreId: 'cpi-torino', regionCode: '01' });
    expect(candidateViewFor(both, facts({ centreId: 'cpi-torino' }))).to.equal('full');
  });

  it('when a pseudonymous profile has a distance, then only a band is shown', () => {
    expect(toPseudonymousProfile(candidate, 'r', 17.3).distanceBand).to.equal('10-25 km');
  });

  it('when staff change a candidate, then only the own centre may', () => {
    expect(() => assertCanManageCandidate(staffTorino, { centreId: 'cpi-torino' })).not.to.throw();
    expect(() => assertCanManageCandidate(staffTorino, { centreId: 'cpi-milano' })).to.throw().with.property('code', 'FORBIDDEN');
    expect(centreForNewCandidate(staffTorino)).to.equal('cpi-torino');
    expect(() => centreForNewCandidate(staffTorino, 'cpi-milano')).to.throw().with.property('code', 'FORBIDDEN');
    expect(candidateListCentre(staffTorino)).to.equal('cpi-torino');
    expect(() => candidateListCentre(staffTorino, 'cpi-milano')).to.throw().with.property('code', 'FORBIDDEN');
    expect(() => candidateListCentre(officer)).to.throw().with.property('code', 'FORBIDDEN');
  });

  it('when an employer touches vacancies, then only their own pass and listings are filtered to them', () => {
    expect(() => assertCanAccessVacancy(employerA, { employerId: 'emp-a' })).not.to.throw();
    expect(() => assertCanAccessVacancy(employerA, { employerId: 'emp-b' })).to.throw().with.property('code', 'FORBIDDEN');
    expect(vacancyEmployerFilter(employerA)).to.equal('emp-a');
    expect(vacancyEmployerFilter(staffTorino)).to.equal(undefined);
    expect(() => assertCanPublishFor(employerA, 'emp-a')).not.to.throw();
    expect(() => assertCanPublishFor(employerA, 'emp-b')).to.throw().with.property('code', 'FORBIDDEN');
    expect(() => assertCanPublishFor(employerA, undefined)).to.throw().with.property('code', 'FORBIDDEN');
    expect(() => assertCanPublishFor(staffTorino, 'emp-b')).not.to.throw();
  });

  it('when a regional officer asks for aggregates, then only their region is allowed', () => {
    expect(aggregateRegionFor(officer)).to.equal('01');
    expect(() => aggregateRegionFor(officer, '03')).to.throw().with.property('code', 'FORBIDDEN');
    expect(aggregateRegionFor(person(['admin']), '03')).to.equal('03');
  });
});
