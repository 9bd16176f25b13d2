// The app's service worker: keeps a copy of the app itself (never of API data) so that a border
// post can open it with the line down. Network first, so an upgrade is seen at once when online;
// the copy answers only when the network cannot. API calls pass through untouched.
const CACHE = 'asylon-app-v1';
const SCOPE = new URL('./', self.location).pathname;
const SHELL = [
  'shell/shell.js', 'shell/shell.css', 'shell/api.js', 'shell/dom.js', 'shell/i18n.js',
  'shell/outbox.js', 'shell/outbox-view.js', 'shell/session.js', 'shell/store.js', 'shell/changes.js',
];

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

async function precache() {
  const cache = await caches.open(CACHE);
  const app = await (await fetch('app.json', { cache: 'no-store' })).json();
  const languages = await (await fetch('messages/languages.json', { cache: 'no-store' })).json();
  await cache.addAll([
    './',
    'index.html',
    'app.json',
    'messages/languages.json',
    ...SHELL,
    ...app.screens.map((screen) => screen.module),
    ...(app.files || []),
    ...languages.map((language) => `messages/${language.code}.json`),
  ]);
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(SCOPE)) {
    return;
  }
  event.respondWith(networkFirst(event.request));
});

async function networkFirst(request) {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(request, copy));
    }
    return response;
  } catch (offline) {
    const copy = await caches.match(request, { ignoreSearch: true });
    if (copy) return copy;
    throw offline;
  }
}
