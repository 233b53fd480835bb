import type { Principal, Scope } from './identity.types.js';
import type { User } from './user.repository.js';
import type { ApiKey } from './api-key.repository.js';
import { scopesForRoles } from './role-scopes.js';

export function principalForUser(user: User, sessionId: string): Principal {
  return {
    id: user.id,
    kind: 'user',
    via: 'session',
    roles: [...user.roles],
    scopes: scopesForRoles(user.roles),
    ...(user.centreId ? { centreId: user.centreId } : {}),
    ...(user.provinceCode ? { provinceCode: user.provinceCode } : {}),
    ...(user.regionCode ? { regionCode: user.regionCode } : {}),
    ...(user.employerId ? { employerId: user.employerId } : {}),
    sessionId,
  };
}

export function principalForApiKey(key: ApiKey): Principal {
  return { id: key.id, kind: 'api-key', via: 'api-key', roles: ['integration'], scopes: [...key.scopes] as Scope[] };
}
