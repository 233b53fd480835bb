import { z } from 'zod';
import { scopes, userRoles } from './identity.types.js';

const username = z.string().trim().min(3).max(120).regex(/^[\w.@+-]+$/, 'letters, digits and . _ @ + - only');
/** Long passphrases allowed, but bounded: argon2 work grows with input and the body limit is not a password policy. */
const password = z.string().min(12, 'at least 12 characters').max(256);
const code = z.string().trim().min(1).max(64).regex(/^[\w-]+$/, 'letters, digits, _ and - only');

export const loginBody = z.strictObject({ username, password: z.string().min(1).max(256) });

export const newUserBody = z.strictObject({
  username,
  displayName: z.string().trim().min(1).max(120),
  password,
  roles: z.array(z.enum(userRoles)).min(1).max(userRoles.length),
  centreId: code.optional(),
  employerId: code.optional(),
  regionCode: code.optional(),
});

export const userUpdateBody = z.strictObject({
  displayName: z.string().trim().min(1).max(120).optional(),
  password: password.optional(),
  roles: z.array(z.enum(userRoles)).min(1).max(userRoles.length).optional(),
  centreId: code.optional(),
  employerId: code.optional(),
  regionCode: code.optional(),
  disabled: z.boolean().optional(),
});

export const centreBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  provinceCode: code,
  regionCode: code,
});

export const newApiKeyBody = z.strictObject({
  name: z.string().trim().min(1).max(120),
  scopes: z.array(z.enum(scopes)).min(1).max(scopes.length),
});

export const idParams = z.strictObject({ id: code });
