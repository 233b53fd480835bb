import { expect } from 'chai';
import { allOf, anyOf, authenticated, publicAccess, requireRole, requireScope } from '../../../src/modules/identity/access-policy.js';
import { enforce } from '../../../src/modules/identity/identity.errors.js';
import { scopesForRoles } from '../../../src/modules/identity/role-scopes.js';
import type { Principal, Role } from '../../../src/modules/identity/identity.types.js';

const person = (...roles: Role[]): Principal => ({ id: 'u1', kind: 'user', via: 'session', roles, scopes: scopesForRoles(roles), sessionId: 's1' });
const key: Principal = { id: 'k1', kind: 'api-key', via: 'api-key', roles: ['integration'], scopes: ['vacancies:write'] };

describe('access policies', () => {
  it('when nobody is signed in, then only public access is allowed and the denial is UNAUTHENTICATED', () => {
    expect(publicAccess.decide(undefined).allowed).to.equal(true);
    expect(authenticated.decide(undefined)).to.include({ allowed: false, code: 'UNAUTHENTICATED' });
    expect(requireScope('candidates:read').decide(undefined)).to.include({ code: 'UNAUTHENTICATED' });
  });

  it('when a staff member lacks a scope, then the denial is FORBIDDEN and names the scope', () => {
    const decision = requireScope('users:admin').decide(person('staff'));
    expect(decision).to.include({ allowed: false, code: 'FORBIDDEN' });
    expect(decision.allowed ? '' : decision.reason).to.contain('users:admin');
  });

  it('when an API key holds the scope, then the same scope policy lets it through as it would a person', () => {
    expect(requireScope('vacancies:write').decide(key).allowed).to.equal(true);
    expect(requireScope('vacancies:write').decide(person('employer')).allowed).to.equal(true);
    expect(requireScope('candidates:read').decide(key).allowed).to.equal(false);
  });

  it('when a regional officer is also staff, then they hold both sets of scopes', () => {
    expect(requireScope('candidates:read').decide(person('regional-officer')).allowed).to.equal(false);
    expect(requireScope('candidates:read', 'aggregates:read').decide(person('regional-officer', 'staff')).allowed).to.equal(true);
  });

  it('when roles are required, then any one of them is enough', () => {
    expect(requireRole('admin', 'staff').decide(person('staff')).allowed).to.equal(true);
    expect(requireRole('admin').decide(person('employer'))).to.include({ code: 'FORBIDDEN' });
  });

  it('when policies are combined, then allOf needs every one and anyOf needs one', () => {
    const staff = person('staff');
    expect(allOf(requireRole('staff'), requireScope('users:admin')).decide(staff).allowed).to.equal(false);
    expect(anyOf(requireRole('admin'), requireScope('candidates:read')).decide(staff).allowed).to.equal(true);
  });

  it('when enforce meets a denial, then it throws the typed error with the code', () => {
    expect(() => enforce(authenticated, undefined)).to.throw().with.property('code', 'UNAUTHENTICATED');
    expect(() => enforce(requireRole('admin'), person('staff'))).to.throw().with.property('code', 'FORBIDDEN');
    expect(() => enforce(requireRole('staff'), person('staff'))).not.to.throw();
  });

  it('when admins are listed, then they hold no candidate scopes: managing users is not reading people', () => {
    expect(scopesForRoles(['admin'])).not.to.include('candidates:read');
    expect(scopesForRoles(['employer'])).not.to.include('candidates:read');
  });
});
