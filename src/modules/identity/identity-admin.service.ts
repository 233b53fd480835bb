import { randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.js';
import type { Scope, UserRole } from './identity.types.js';
import { hashPassword, newApiKeySecret, sha256 } from './credentials.js';
import {
  findCentreById, findUserById, listCentres, findUserByUsername, insertUser, listUsers, updateUser, upsertCentre,
  type EmploymentCentre, type User, type UserChanges,
} from './user.repository.js';
import { insertApiKey, listApiKeys, revokeApiKey, type ApiKey } from './api-key.repository.js';
import { deleteSessionsOfUser } from './session.repository.js';

export interface NewUserInput {
  username: string;
  displayName: string;
  password: string;
  roles: UserRole[];
  centreId?: string;
  employerId?: string;
  regionCode?: string;
  demo?: boolean;
}

export type UserUpdateInput = Partial<Omit<NewUserInput, 'username' | 'demo'>> & { disabled?: boolean };

/** What leaves the service about a user: never the password hash or the lockout counters. */
export type PublicUser = Omit<User, 'passwordHash' | 'failedLogins' | 'lockedUntil'>;
export type PublicApiKey = Omit<ApiKey, 'secretHash'>;

const toPublicUser = ({ passwordHash: _h, failedLogins: _f, lockedUntil: _l, ...user }: User): PublicUser => user;
const toPublicKey = ({ secretHash: _s, ...key }: ApiKey): PublicApiKey => key;

/** Staff need a centre (which fixes province and region), employers an employer, officers a region. */
async function resolveAffiliation(roles: UserRole[], input: Pick<NewUserInput, 'centreId' | 'employerId' | 'regionCode'>): Promise<UserChanges> {
  const centre = input.centreId ? await findCentreById(input.centreId) : undefined;
  if (input.centreId && !centre) throw new ValidationError('Unknown employment centre', [{ path: 'centreId', message: 'no such centre' }]);
  const need = (ok: boolean, path: string, message: string): void => {
    if (!ok) throw new ValidationError('Incomplete account', [{ path, message }]);
  };
  need(!roles.includes('staff') || !!centre, 'centreId', 'staff must belong to an employment centre');
  need(!roles.includes('employer') || !!input.employerId, 'employerId', 'employer accounts must name their employer');
  const regionCode = centre?.regionCode ?? input.regionCode;
  need(!roles.includes('regional-officer') || !!regionCode, 'regionCode', 'regional officers need a region');
  return { centreId: centre?.id, provinceCode: centre?.provinceCode, regionCode, employerId: input.employerId };
}

export function createIdentityAdminService() {
  async function createUser(input: NewUserInput): Promise<PublicUser> {
    const username = input.username.toLowerCase();
    if (await findUserByUsername(username)) throw new ConflictError('Username already taken', { username });
    const affiliation = await resolveAffiliation(input.roles, input);
    const passwordHash = await hashPassword(input.password);
    const user = await insertUser({ id: randomUUID(), username, displayName: input.displayName, passwordHash, roles: input.roles, demo: input.demo ?? false, ...affiliation });
    return toPublicUser(user);
  }

  async function changeUser(id: string, input: UserUpdateInput): Promise<PublicUser> {
    const current = await findUserById(id);
    if (!current) throw new NotFoundError('user', id);
    const roles = input.roles ?? current.roles;
    const affiliation = await resolveAffiliation(roles, { ...current, ...input });
    const passwordHash = input.password ? await hashPassword(input.password) : undefined;
    const changes: UserChanges = { ...affiliation, roles, ...(input.displayName ? { displayName: input.displayName } : {}) };
    const updated = await updateUser(id, { ...changes, ...(passwordHash ? { passwordHash } : {}), ...(input.disabled !== undefined ? { disabled: input.disabled } : {}) });
    // A changed role, password or a disabled account must not keep old sessions alive.
    await deleteSessionsOfUser(id);
    return toPublicUser(updated!);
  }

  /** Returns the full key exactly once; only its hash is stored. */
  async function createApiKey(input: { name: string; scopes: Scope[]; createdBy: string; demo?: boolean; fixedKey?: { prefix: string; secret: string } }): Promise<{ key: string; apiKey: PublicApiKey }> {
    const parts = input.fixedKey ? { ...input.fixedKey, key: `prima_${input.fixedKey.prefix}_${input.fixedKey.secret}` } : newApiKeySecret();
    const apiKey = await insertApiKey({ id: randomUUID(), prefix: parts.prefix, secretHash: sha256(parts.secret), name: input.name, scopes: input.scopes, createdBy: input.createdBy, demo: input.demo ?? false });
    return { key: parts.key, apiKey: toPublicKey(apiKey) };
  }

  async function revokeKey(id: string): Promise<PublicApiKey> {
    const key = await revokeApiKey(id);
    if (!key) throw new NotFoundError('api key', id);
    return toPublicKey(key);
  }

  return {
    createUser,
    changeUser,
    listUsers: async () => (await listUsers()).map(toPublicUser),
    saveCentre: (centre: EmploymentCentre) => upsertCentre(centre),
    listCentres,
    createApiKey,
    listApiKeys: async () => (await listApiKeys()).map(toPublicKey),
    revokeKey,
  };
}

export type IdentityAdminService = ReturnType<typeof createIdentityAdminService>;
