import argon2 from 'argon2';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * argon2id at the OWASP baseline (19 MiB, t=2, p=1): about 75 ms per login on a 2-core machine, where
 * the library defaults (64 MiB, t=3, p=4) took 590 ms and would make login itself a denial-of-service lever.
 */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    // A malformed stored hash is a failed login, not a server error that would reveal the account.
    return false;
  }
}

/** Session tokens and key secrets are 256-bit random, so a plain SHA-256 is enough to store them. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function sameDigest(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

const apiKeyPattern = /^prima_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export interface ApiKeyParts {
  prefix: string;
  secret: string;
}

/** Keys look like `prima_<12 hex prefix>_<secret>`: the prefix finds the row and is safe to show. */
export function newApiKeySecret(): ApiKeyParts & { key: string } {
  const prefix = randomBytes(6).toString('hex');
  const secret = randomToken(32);
  return { prefix, secret, key: `prima_${prefix}_${secret}` };
}

export function parseApiKey(key: string): ApiKeyParts | undefined {
  const match = apiKeyPattern.exec(key);
  return match ? { prefix: match[1]!, secret: match[2]! } : undefined;
}
