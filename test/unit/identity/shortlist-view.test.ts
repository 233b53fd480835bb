import { expect } from 'chai';
import { shapeMatchRow, type ShortlistFacts } from '../../../src/modules/identity/shortlist-view.js';
import { scopesForRoles } from '../../../src/modules/identity/role-scopes.js';
import type { Principal, Role } from '../../../src/modules/identity/identity.types.js';

const person = (roles: Role[], extra: Partial<Principal> = {}): Principal => ({ id: 'u', kind: 'user', via: 'session', roles, scopes: scopesForRoles(roles), ...extra });
const staff = person(['staff'], { centreId: 'cpi-torino' });
const employer = person(['employer'], { employerId: 'emp-a' });
const row = {
  candidateId: 'c1', vacancyId: 'v1', score: 81, eligible: true, distanceKm: 12.4, matchedSkills: [], missingSkills: [], languageGaps: [],
  occupationMatch: 'exact', breakdown: {}, reasons: { it: ['A 12 km'], en: ['12 km away'] }, ineligibleReasons: [],
};
const facts = (over: Partial<ShortlistFacts> = {}): ShortlistFacts => ({ centreId: 'cpi-torino', sharingConsent: false, introducedEmployerIds: [], sharedWithEmployers: false, ...over });

describe('shortlist view', () => {
  it('when staff see their own centre\'s candidate, then the row is unchanged; another centre\'s is left out', () => {
    expect(shapeMatchRow(staff, row, facts(), 'r')).to.deep.equal([row]);
    expect(shapeMatchRow(staff, row, facts({ centreId: 'cpi-novara' }), 'r')).to.deep.equal([]);
  });

  it('when an employer sees a consenting candidate, then only the pseudonymous allow-list remains', () => {
    const [shown] = shapeMatchRow(employer, row, facts({ sharedWithEmployers: true }), 'ref-1');
    expect(shown).to.deep.equal({
      ref: 'ref-1', vacancyId: 'v1', score: 81, eligible: true, distanceBand: '10-25 km',
      matchedSkills: [], missingSkills: [], languageGaps: [], occupationMatch: 'exact', breakdown: {},
    });
  });

  it('when the candidate did not consent or is ineligible, then employers do not see the row at all', () => {
    expect(shapeMatchRow(employer, row, facts(), 'r')).to.deep.equal([]);
    expect(shapeMatchRow(employer, { ...row, eligible: false }, facts({ sharedWithEmployers: true }), 'r')).to.deep.equal([]);
    expect(shapeMatchRow(employer, row, undefined, 'r')).to.deep.equal([]);
  });

  it('when the candidate agreed to an introduction, then that employer sees the id but not the eligibility reasons', () => {
    const [shown] = shapeMatchRow(employer, row, facts({ introducedEmployerIds: ['emp-a'] }), 'r');
    expect(shown).to.have.property('candidateId', 'c1');
    expect(shown).not.to.have.property('ineligibleReasons');
  });
});
