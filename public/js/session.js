import { endpoints } from './endpoints.js';
import { ApiError, rememberCsrfToken } from './api.js';

/** The signed-in principal (roles, scopes, centre, employer) as the server describes it, or null. */
let principal = null;

export const currentPrincipal = () => principal;
export const can = (scope) => Boolean(principal?.scopes?.includes(scope));
export const hasRole = (role) => Boolean(principal?.roles?.includes(role));

export async function restoreSession() {
  try {
    principal = (await endpoints.me()).principal;
    rememberCsrfToken((await endpoints.csrf()).csrfToken);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) throw error;
    principal = null;
  }
  return principal;
}

export async function signIn(username, password) {
  const result = await endpoints.login(username, password);
  principal = result.principal;
  rememberCsrfToken(result.csrfToken);
  return principal;
}

export async function signOut() {
  await endpoints.logout();
  principal = null;
  rememberCsrfToken('');
}

/** Where each role starts after login. */
export function homeRoute() {
  if (hasRole('staff')) return '#/candidates';
  if (hasRole('employer')) return '#/vacancies';
  if (can('aggregates:read')) return '#/dashboard';
  return '#/vacancies';
}
