import { randomUUID } from 'node:crypto';
import type { Principal } from './identity.types.js';
import { UnauthenticatedError, RateLimitedError } from './identity.errors.js';
import { hashPassword, parseApiKey, randomToken, sameDigest, sha256, verifyPassword } from './credentials.js';
import { clearFailedLogins, findUserById, findUserByUsername, recordFailedLogin, type User } from './user.repository.js';
import { deleteSessionByTokenHash, findLiveSession, insertSession } from './session.repository.js';
import { findApiKeyByPrefix, touchApiKey } from './api-key.repository.js';
import { principalForApiKey, principalForUser } from './principal.js';

export interface AuthSettings {
  sessionTtlMs: number;
  maxFailedLogins: number;
  lockMs: number;
  /** In production, demo accounts and keys from the seed are refused. */
  refuseDemoCredentials: boolean;
}

export interface LoginResult {
  token: string;
  expiresAt: Date;
  principal: Principal;
}

const invalidCredentials = 'Invalid username or password';

/** Compared against when the user does not exist, so response time does not reveal which usernames exist. */
let dummyHash: Promise<string> | undefined;
const getDummyHash = (): Promise<string> => (dummyHash ??= hashPassword(randomToken()));

export function createAuthService(settings: AuthSettings) {
  const usable = (user: User | undefined): user is User => !!user && !user.disabled && !(user.demo && settings.refuseDemoCredentials);

  async function login(username: string, password: string): Promise<LoginResult> {
    const user = await findUserByUsername(username);
    if (user?.lockedUntil && user.lockedUntil > new Date()) throw new RateLimitedError('Too many failed logins for this account; try again later');
    const valid = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
    if (!usable(user) || !valid) {
      if (user) await recordFailedLogin(user.id, settings.maxFailedLogins, settings.lockMs);
      throw new UnauthenticatedError(invalidCredentials);
    }
    await clearFailedLogins(user.id);
    const token = randomToken();
    const sessionId = randomUUID();
    const expiresAt = new Date(Date.now() + settings.sessionTtlMs);
    await insertSession({ id: sessionId, tokenHash: sha256(token), userId: user.id, expiresAt });
    return { token, expiresAt, principal: principalForUser(user, sessionId) };
  }

  async function logout(token: string): Promise<void> {
    await deleteSessionByTokenHash(sha256(token));
  }

  /** Undefined for unknown, expired or orphaned sessions: the caller is then simply anonymous. */
  async function principalFromSessionToken(token: string): Promise<Principal | undefined> {
    const session = await findLiveSession(sha256(token));
    if (!session) return undefined;
    const user = await findUserById(session.userId);
    return usable(user) ? principalForUser(user, session.id) : undefined;
  }

  /** Throws for a malformed, unknown, revoked or refused key: a caller who sent a key wants it checked. */
  async function principalFromApiKey(presented: string): Promise<Principal> {
    const parts = parseApiKey(presented);
    const key = parts ? await findApiKeyByPrefix(parts.prefix) : undefined;
    if (!parts || !key || !sameDigest(key.secretHash, sha256(parts.secret))) throw new UnauthenticatedError('Invalid API key');
    if (key.revokedAt) throw new UnauthenticatedError('API key revoked');
    if (key.demo && settings.refuseDemoCredentials) throw new UnauthenticatedError('Demo API keys are refused in production');
    await touchApiKey(key.id);
    return principalForApiKey(key);
  }

  return { login, logout, principalFromSessionToken, principalFromApiKey };
}

export type AuthService = ReturnType<typeof createAuthService>;
