// Who is signed in. The session is an HttpOnly cookie the page never sees; the page keeps only
// the CSRF token (in memory) and, for working offline, the last user's name and roles and a
// verifier of their password (PBKDF2), so that the app opened with the line down still asks for it:
// whoever sits at the computer next cannot work in the last officer's name.
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

const ITERATIONS = 210000; // PBKDF2-HMAC-SHA-256, as OWASP's password storage guidance asks

async function verifierOf(password, salt) {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: ITERATIONS }, key, 256);
  return btoa(String.fromCharCode(...new Uint8Array(bits)));
}

/**
 * The session the server knows; offline, the last one this browser had, still to be unlocked with
 * the password ({@code locked}), until the end its server gave it (a shift at most); or null.
 */
export async function resume() {
  try {
    return await adopt((await api.get('session')).body);
  } catch (e) {
    if (e instanceof Unreachable) {
      const last = await store.get('meta', 'last-session');
      const key = await store.get('meta', 'offline-key');
      const usable = last && key && key.user === last.user && Date.parse(last.expiresAt) > Date.now();
      return usable ? { user: last.user, locked: true } : null;
    }
    if (e instanceof Problem && e.status === 401) {
      current = null;
      await store.remove('meta', 'last-session');
      await store.remove('meta', 'offline-key');
      return null;
    }
    throw e;
  }
}

/** Offline: the last session again, if {@code password} is its officer's. */
export async function unlock(password) {
  const last = await store.get('meta', 'last-session');
  const key = await store.get('meta', 'offline-key');
  if (!last || !key || key.user !== last.user || (await verifierOf(password, key.salt)) !== key.verifier) return null;
  return adopt(last, true);
}

export async function signIn(user, password) {
  const answer = await api.post('session', { user, password });
  if (crypto.subtle) {
    // without a secure context (plain http off this machine) there is no offline sign-in
    const salt = crypto.getRandomValues(new Uint8Array(16));
    await store.put('meta', { key: 'offline-key', user: answer.body.user, salt, verifier: await verifierOf(password, salt) });
  }
  return adopt(answer.body);
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
    await store.remove('meta', 'offline-key');
    await store.clear('cache');
    await outbox.forgetSent();
  }
}
