// The module's REST API as the page uses it: same-origin, the session cookie sent by the browser,
// the CSRF token (held in memory only, never stored) on every change, problems (RFC 9457) turned
// into errors that name the field, and "unreachable" kept apart from "refused" so that the outbox
// can tell work to retry from work to correct.
import { moduleName } from './store.js';

const BASE = `/${moduleName()}/api/v1/`;
let csrfToken = null;

export function useCsrfToken(token) {
  csrfToken = token;
}

/** The server could not be reached, or answered as a server that is starting or down. */
export class Unreachable extends Error {
  constructor(reason) {
    super(reason || 'unreachable');
    this.name = 'Unreachable';
  }
}

/** The server refused the request and said why (an RFC 9457 problem). */
export class Problem extends Error {
  constructor(status, json) {
    super(json.detail || json.title || `HTTP ${status}`);
    this.name = 'Problem';
    this.status = status;
    this.type = String(json.type || '').split('/').pop();
    this.title = json.title || '';
    this.detail = json.detail || '';
    this.errors = Array.isArray(json.errors) ? json.errors : [];
    this.rule = json.rule || null;
    this.legalBasis = json.legalBasis || null;
    this.json = json;
  }

  /** The message for one field, matched on its name or its last segment (items[0].encounter.person.sex). */
  messageFor(field) {
    const hit = this.errors.find((e) => e.field === field || e.field.endsWith(`.${field}`));
    return hit ? hit.message : null;
  }
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export async function call(method, path, { body, ifMatch, idempotencyKey } = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (!SAFE.has(method) && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  if (ifMatch) headers['If-Match'] = ifMatch;
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
  let response;
  try {
    response = await fetch(BASE + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch (e) {
    throw new Unreachable(e.message);
  }
  const type = response.headers.get('Content-Type') || '';
  const json = type.includes('json') && response.status !== 204 ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    // a server starting up answers HTML pages, a proxy answers 502/504: none of it is a refusal
    if (!json || response.status === 502 || response.status === 503 || response.status === 504) {
      throw new Unreachable(`HTTP ${response.status}`);
    }
    const problem = new Problem(response.status, json);
    if (response.status === 401) dispatchEvent(new CustomEvent('asylon:signed-out'));
    throw problem;
  }
  return {
    status: response.status,
    body: json,
    etag: response.headers.get('ETag'),
    location: response.headers.get('Location'),
  };
}

export const api = {
  get: (path) => call('GET', path),
  post: (path, body, options = {}) => call('POST', path, { ...options, body }),
  put: (path, body, options = {}) => call('PUT', path, { ...options, body }),
  del: (path, options = {}) => call('DELETE', path, options),
};

/** Builds a query string from the non-empty values of {@code params}. */
export function query(path, params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.append(name, value);
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * Reads a record and keeps a copy in this browser, so that an officer can open a record read
 * before the line went down and still change it offline (the change carries the copy's ETag, so a
 * change made meanwhile by someone else is caught when it is sent). Offline, the copy is answered
 * with {@code offlineCopyOf} set to when it was read.
 */
export async function readKept(path) {
  const { store } = await import('./store.js');
  const key = `record:${path}`;
  try {
    const answer = await call('GET', path);
    await store.put('cache', { key, body: answer.body, etag: answer.etag, readAt: new Date().toISOString() });
    return answer;
  } catch (e) {
    if (!(e instanceof Unreachable)) throw e;
    const kept = await store.get('cache', key);
    if (!kept) throw e;
    return { status: 200, body: kept.body, etag: kept.etag, offlineCopyOf: kept.readAt };
  }
}
