// Who is signed in. The session is an HttpOnly cookie the page never sees; the page keeps only
// the CSRF token (in memory) and, for working offline, the last user's name and roles.
import { api, useCsrfToken, Unreachable, Problem } from './api.js';
import { outbox, signedInAs } from './outbox.js';
import { store } from './store.js';

let current = null;

export function session() {
  return current;
}

export function hasRole(...roles) {
  return !!current && roles.some((role) => current.roles.includes(role));
}

async function adopt(body, offline = false) {
  current = { user: body.user, roles: body.roles || [], offline };
  if (!offline) {
    useCsrfToken(body.csrfToken);
    await store.put('meta', { key: 'last-session', user: body.user, roles: body.roles || [], expiresAt: body.expiresAt });
  }
  signedInAs(current.user);
  return current;
}

/** The session the server knows, or offline the last one this browser had, or null. */
export async function resume() {
  try {
    return await adopt((await api.get('session')).body);
  } catch (e) {
    if (e instanceof Unreachable) {
      // offline, the last session goes on until the end its server gave it (a shift at most), never beyond
      const last = await store.get('meta', 'last-session');
      return last && Date.parse(last.expiresAt) > Date.now() ? adopt(last, true) : null;
    }
    if (e instanceof Problem && e.status === 401) {
      current = null;
      await store.remove('meta', 'last-session');
      return null;
    }
    throw e;
  }
}

export async function signIn(user, password) {
  return adopt((await api.post('session', { user, password })).body);
}

/**
 * Signs out and clears what this browser kept of people's records (copies read for offline use,
 * what was sent); what waits to be sent stays, under its author's name, until they sign in again.
 */
export async function signOut() {
  try {
    await api.del('session');
  } finally {
    current = null;
    useCsrfToken(null);
    await store.remove('meta', 'last-session');
    await store.clear('cache');
    await outbox.forgetSent();
  }
}
