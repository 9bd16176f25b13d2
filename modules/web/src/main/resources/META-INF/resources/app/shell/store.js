// The browser's own database (IndexedDB), one per module: the offline queue ("outbox"), the last
// reference data read (so a counter keeps working when the line is down) and small settings.
// Nothing here is a credential: the session lives in an HttpOnly cookie the page cannot read.

const VERSION = 1;
let opened;

function database() {
  if (!opened) {
    opened = new Promise((resolve, reject) => {
      const request = indexedDB.open(`asylon-${moduleName()}`, VERSION);
      request.onupgradeneeded = () => {
        const db = request.result;
        db.createObjectStore('outbox', { keyPath: 'id' });
        db.createObjectStore('cache', { keyPath: 'key' });
        db.createObjectStore('meta', { keyPath: 'key' });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }
  return opened;
}

/** The module this page belongs to: the first segment of its path (/entry/app/ → entry). */
export function moduleName() {
  return location.pathname.split('/').filter(Boolean)[0] || 'asylon';
}

async function run(storeName, mode, work) {
  const db = await database();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(storeName, mode);
    const result = work(tx.objectStore(storeName));
    // resolve on commit, not on the request: a write is only kept once its transaction commits
    tx.oncomplete = () => resolve(result && 'result' in result ? result.result : undefined);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

export const store = {
  put: (name, value) => run(name, 'readwrite', (s) => s.put(value)),
  get: (name, key) => run(name, 'readonly', (s) => s.get(key)),
  all: (name) => run(name, 'readonly', (s) => s.getAll()),
  remove: (name, key) => run(name, 'readwrite', (s) => s.delete(key)),
  clear: (name) => run(name, 'readwrite', (s) => s.clear()),
};
