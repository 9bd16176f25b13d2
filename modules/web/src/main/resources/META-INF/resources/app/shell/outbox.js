// The offline queue. Every registration and every change an officer makes is written to the
// browser's database first, with its own idempotency key, and only then sent: a line that goes
// down, a closed browser or a server restart loses nothing, and sending the same item twice
// registers no one twice (the key) and overwrites nothing (the ETag in If-Match).
//
// A change refused with 412 or 409 because someone else changed the record meanwhile is never
// retried blindly: it waits, field by field against the server's values, for the officer's choice.
import { api, call, Problem, Unreachable, useCsrfToken } from './api.js';
import { store, moduleName } from './store.js';

const BATCH_LIMIT = 200;
const KEEP_SENT_MS = 24 * 60 * 60 * 1000;
let syncing = null;
let currentUser = null;
const batches = new Map();

/**
 * Declares a kind of creation a module sends in batches: {@code path} takes {items: [{idempotencyKey,
 * [field]: body}]} and answers one result per item ({index, status, problem}); {@code afterSent}
 * runs on each registered item (e.g. to flag a possible match made offline for review).
 */
export function batchKind(kind, { path, field, afterSent }) {
  batches.set(kind, { path, field, afterSent });
}

export function uuid() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function changed() {
  dispatchEvent(new CustomEvent('asylon:outbox'));
}

/** Whose queue is sent: items are only ever sent under the account that made them. */
export function signedInAs(user) {
  currentUser = user;
}

async function add(item) {
  const full = { id: uuid(), user: currentUser, createdAt: new Date().toISOString(), state: 'waiting', attempts: 0, ...item };
  await store.put('outbox', full);
  changed();
  return full;
}

export const outbox = {
  /** A new record of a batch kind (see {@link batchKind}); {@code body} is what one POST would send. */
  create(kind, body, label, extra = {}) {
    return add({ ...extra, kind, batch: true, idempotencyKey: uuid(), body, label });
  },

  /**
   * A request sent as it is: {@code method} on {@code path} with {@code body}, under its own
   * idempotency key. For a change to an existing record, {@code ifMatch} is the ETag it was read
   * with, {@code base} its fields as read, {@code resource} where to read it again and
   * {@code serverPaths} where each body field sits in the record as the API returns it, so that a
   * conflict can be shown field by field ({@code valueLabels}: the catalogue prefix that names a
   * field's coded values, e.g. {reason: 'screening.reason.'}).
   */
  request({ method, path, body, ifMatch, resource, base, serverPaths, valueLabels, label }) {
    return add({ kind: 'request', method, path, body, ifMatch, resource, base, serverPaths, valueLabels, label, idempotencyKey: uuid() });
  },

  async items() {
    const all = (await store.all('outbox')).filter((item) => item.user === currentUser);
    return all.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  },

  async waitingCount() {
    return (await store.all('outbox')).filter((item) => item.state === 'waiting').length;
  },

  async get(id) {
    return store.get('outbox', id);
  },

  /** Forgets what was sent: on sign-out, no one's registrations stay on a shared computer longer than needed. */
  async forgetSent() {
    for (const item of await store.all('outbox')) {
      if (item.state === 'sent' && item.user === currentUser) await store.remove('outbox', item.id);
    }
  },

  async discard(id) {
    await store.remove('outbox', id);
    changed();
  },

  /** Sends the officer's choice for a conflict: the chosen values, against the server's ETag. */
  async resolve(id, chosenBody, serverEtag) {
    const item = await store.get('outbox', id);
    Object.assign(item, { body: chosenBody, ifMatch: serverEtag, state: 'waiting', conflict: null, problem: null, idempotencyKey: uuid() });
    await store.put('outbox', item);
    changed();
    return outbox.sync();
  },

  /**
   * Sends {@code item} now if the line allows, and answers it as it then stands: sent, conflict,
   * still waiting (offline), or failed — a failure the officer is looking at is corrected on the
   * form itself, so it leaves the queue.
   */
  async submit(item) {
    await outbox.sync();
    let now = await store.get('outbox', item.id);
    if (now && now.state === 'waiting' && navigator.onLine) {
      await outbox.sync(); // a round already under way when the item was added did not see it
      now = await store.get('outbox', item.id);
    }
    if (now && now.state === 'failed') await outbox.discard(item.id);
    return now;
  },

  /** Sends everything waiting, once at a time; resolves when this round is done. */
  sync() {
    if (!syncing) {
      syncing = send().finally(() => {
        syncing = null;
        changed();
      });
    }
    return syncing;
  },
};

// a 409 on a creation is first taken for a copy still being processed (another tab, a slow
// server): retried this many times before it is shown to the officer as a refusal
const IN_PROGRESS_RETRIES = 3;

async function send() {
  if (!currentUser) return;
  // one sender at a time across this module's tabs: two tabs sending the same queue at once would
  // race on the same keys
  const round = () => sendWaiting().catch((e) => {
    if (!(e instanceof Unreachable) && !(e instanceof Problem && e.status === 401)) throw e;
    // unreachable or signed out: everything not sent stays waiting for the next round
  });
  if (navigator.locks) await navigator.locks.request(`asylon-outbox-${moduleName()}`, round);
  else await round();
}

async function sendWaiting() {
  await forgetOldSentItems();
  const waiting = (await outbox.items()).filter((item) => item.state === 'waiting');
  for (const [kind, config] of batches) {
    await sendBatches(config, waiting.filter((item) => item.batch && item.kind === kind));
  }
  for (const item of waiting.filter((i) => !i.batch)) {
    await sendRequest(await store.get('outbox', item.id));
  }
}

async function forgetOldSentItems() {
  const now = Date.now();
  for (const item of await store.all('outbox')) {
    if (item.state === 'sent' && now - Date.parse(item.sentAt || item.createdAt) > KEEP_SENT_MS) {
      await store.remove('outbox', item.id);
    }
  }
}

/** The session's CSRF token changed (a sign-in in another tab): take the current one, once. */
async function freshToken(problem) {
  if (!(problem instanceof Problem) || problem.type !== 'csrf-token-invalid') return false;
  useCsrfToken((await api.get('session')).body.csrfToken);
  return true;
}

/** Calls the server; a stale CSRF token is renewed and the call made again, once. */
async function withFreshToken(work) {
  try {
    return await work();
  } catch (e) {
    if (await freshToken(e)) return work();
    throw e;
  }
}

/**
 * What a refusal means for a waiting item: sent later (the server's trouble, or a creation whose
 * first copy is still being processed) or shown to the officer. A 409 on a change to a record (it
 * carries an ETag) is the record's state refusing it, and is shown at once.
 */
function keepWaiting(status, item) {
  return status >= 500 || (status === 409 && !item.ifMatch && item.attempts < IN_PROGRESS_RETRIES);
}

async function sendBatches(config, items) {
  for (let start = 0; start < items.length; start += BATCH_LIMIT) {
    const chunk = items.slice(start, start + BATCH_LIMIT);
    chunk.forEach((item) => {
      item.attempts += 1;
    });
    let answer;
    try {
      answer = await withFreshToken(() =>
        api.post(config.path, { items: chunk.map((item) => ({ idempotencyKey: item.idempotencyKey, [config.field]: item.body })) }),
      );
    } catch (e) {
      if (!(e instanceof Problem) || e.status === 401) throw e;
      // the whole batch refused: the server's trouble waits for the next round, anything else is shown
      for (const item of chunk) {
        Object.assign(item, keepWaiting(e.status, item) ? { problem: e.json } : { state: 'failed', problem: e.json });
        await store.put('outbox', item);
      }
      continue;
    }
    for (const result of answer.body.items) {
      const item = chunk[result.index];
      if (result.status === 201) {
        Object.assign(item, { state: 'sent', sentAt: new Date().toISOString(), result, replayed: result.replayed, problem: null });
        if (config.afterSent) await config.afterSent(item);
      } else if (keepWaiting(result.status, item)) {
        item.problem = result.problem || null;
      } else {
        Object.assign(item, { state: 'failed', problem: result.problem });
      }
      await store.put('outbox', item);
    }
    changed();
  }
}

function valueAt(record, path) {
  return path.split('.').reduce((value, key) => (value == null ? undefined : value[key]), record);
}

/** Whether two field values say the same; absent, empty, an empty list and false all say nothing. */
export function same(a, b) {
  const plain = (v) => (v === undefined || v === null || v === '' || v === false || (Array.isArray(v) && v.length === 0) ? null : v);
  return JSON.stringify(plain(a)) === JSON.stringify(plain(b));
}

async function sendRequest(item) {
  if (!item || item.state !== 'waiting') return;
  item.attempts += 1;
  try {
    const answer = await withFreshToken(() => call(item.method, item.path, { body: item.body, ifMatch: item.ifMatch, idempotencyKey: item.idempotencyKey }));
    Object.assign(item, { state: 'sent', sentAt: new Date().toISOString(), problem: null, result: { status: answer.status, location: answer.location, body: answer.body } });
  } catch (e) {
    if (!(e instanceof Problem) || e.status === 401) {
      await store.put('outbox', item);
      throw e;
    }
    if (e.status === 412 && item.resource) {
      await holdConflict(item, e);
    } else if (keepWaiting(e.status, item)) {
      item.problem = e.json; // tried again next round
    } else {
      Object.assign(item, { state: 'failed', problem: e.json });
    }
  }
  await store.put('outbox', item);
  changed();
}

/**
 * Someone changed the record since it was read. If the server already holds every value this
 * change sends, an earlier copy of it arrived and only its answer was lost: it counts as sent.
 * Otherwise it waits for the officer, field by field. A value the record does not show (a flag
 * that closes a form, a revision's reasons) can never be seen to have arrived, so it always waits.
 */
async function holdConflict(item, problem) {
  let current;
  try {
    current = await api.get(item.resource);
  } catch (e) {
    if (!(e instanceof Problem) || e.status === 401) throw e;
    Object.assign(item, { state: 'failed', problem: e.json });
    return;
  }
  const paths = item.serverPaths || {};
  const fields = Object.keys(paths);
  const server = Object.fromEntries(fields.map((name) => [name, valueAt(current.body, paths[name])]));
  const mine = Object.fromEntries(fields.map((name) => [name, item.body[name]]));
  const unseen = Object.keys(item.body || {}).filter((name) => !(name in paths) && !same(item.body[name], null));
  if (fields.length > 0 && unseen.length === 0 && fields.every((name) => same(mine[name], server[name]))) {
    Object.assign(item, { state: 'sent', sentAt: new Date().toISOString(), problem: null });
  } else {
    Object.assign(item, {
      state: 'conflict',
      problem: problem.json,
      conflict: { server, serverEtag: current.etag, mine, base: item.base || {}, unseen, readAt: new Date().toISOString() },
    });
  }
}
