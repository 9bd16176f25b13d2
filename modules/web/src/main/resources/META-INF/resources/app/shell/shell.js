// The frame every module's screens live in: sign-in, the officer's language, the network state and
// the offline queue always in sight, and a hash router over the screens the module lists in
// app.json (each shown only to the roles it names).
import { t, useLanguage, chosenLanguage, languages, currentLanguage } from './i18n.js';
import { h } from './dom.js';
import { outbox } from './outbox.js';
import { resume, session, signIn, signOut, unlock, hasRole } from './session.js';
import { api, Problem, Unreachable } from './api.js';
import { renderOutbox } from './outbox-view.js';

const SYNC_EVERY_MS = 15000;
let app;
let screens = [];
let unlocking = false;
let languageList = [];

async function boot() {
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('sw.js', { scope: './' }).catch(() => {
      // without a service worker (plain http off localhost) the app works, but not from a cold start offline
    });
  }
  app = await (await fetch('app.json', { credentials: 'same-origin' })).json();
  languageList = await languages();
  await useLanguage(chosenLanguage());
  screens = await Promise.all(
    app.screens.map(async (entry) => ({ ...entry, code: (await import(`../${entry.module}`)).default })),
  );
  addEventListener('online', () => {
    networkChanged();
    reconnect();
  });
  addEventListener('offline', networkChanged);
  addEventListener('asylon:outbox', queueChanged);
  addEventListener('asylon:signed-out', () => {
    if (session()) showSignIn(t('session.expired'));
  });
  addEventListener('hashchange', route);
  setInterval(() => navigator.onLine && reconnect(), SYNC_EVERY_MS);
  await start();
}

async function start() {
  const current = await resume();
  if (!current) {
    showSignIn();
    return;
  }
  if (current.locked) {
    showSignIn(t('session.offline-unlock'), current.user);
    return;
  }
  unlocking = false;
  await enter(current);
}

async function enter(current) {
  frame();
  await route();
  if (!current.offline) outbox.sync();
}

function frame() {
  const current = session();
  document.title = t(app.title);
  const nav = h(
    'nav',
    { 'aria-label': t('shell.navigation') },
    h(
      'ul',
      {},
      visibleScreens()
        .filter((screen) => screen.nav !== false)
        .map((screen) => h('li', {}, h('a', { href: `#/${screen.id}`, dataset: { screen: screen.id } }, t(screen.title)))),
      h('li', {}, h('a', { href: '#/outbox', dataset: { screen: 'outbox' } }, t('shell.outbox'), ' ', h('span', { id: 'queue-count', class: 'count' }))),
    ),
  );
  document.body.replaceChildren(
    h('a', { class: 'skip', href: '#main' }, t('shell.skip')),
    h(
      'header',
      { class: 'shell' },
      h('p', { class: 'brand' }, h('span', { class: 'brand-name' }, 'Asylon'), ' ', t(app.title)),
      languageChooser(),
      h('p', { id: 'network', class: 'network', role: 'status' }),
      h(
        'p',
        { class: 'user' },
        h('span', {}, t('shell.signed-in-as', { user: current.user })),
        ' ',
        h('button', { type: 'button', class: 'link', onclick: doSignOut, id: 'sign-out' }, t('shell.sign-out')),
      ),
      nav,
    ),
    h('div', { id: 'notice', class: 'notice', role: 'status', 'aria-live': 'polite' }),
    h('main', { id: 'main', tabindex: '-1' }),
  );
  networkChanged();
  queueChanged();
}

function languageChooser() {
  const chooser = h(
    'select',
    {
      id: 'language',
      onchange: async (event) => {
        await useLanguage(event.target.value);
        frame();
        await route();
      },
    },
    languageList.map((language) => h('option', { value: language.code, lang: language.code, selected: language.code === currentLanguage() }, language.name)),
  );
  const digits = h('input', {
    type: 'checkbox',
    id: 'native-digits',
    checked: localStorage.getItem('asylon.digits') === 'native',
    onchange: async (event) => {
      await useLanguage(currentLanguage(), event.target.checked);
      await route();
    },
  });
  return h(
    'div',
    { class: 'language' },
    h('label', { for: 'language' }, t('shell.language')),
    chooser,
    t('@language.digits') === 'arab' ? h('span', { class: 'check' }, digits, h('label', { for: 'native-digits' }, t('shell.native-digits'))) : null,
  );
}

function visibleScreens() {
  return screens.filter((screen) => !screen.roles || hasRole(...screen.roles));
}

let routing = 0;

/**
 * Shows the screen the address names. The screen is built aside and put in place only if no later
 * navigation overtook it, then the cursor goes where the screen asks ({@code autofocus}) or to its
 * title, so that a keyboard or screen-reader user always knows where they are.
 */
async function route() {
  const main = document.getElementById('main');
  if (!main) return;
  const turn = ++routing;
  const [id, ...params] = location.hash.replace(/^#\/?/, '').split('/');
  const choices = visibleScreens();
  document.querySelectorAll('nav a').forEach((link) => link.removeAttribute('aria-current'));
  const link = document.querySelector(`nav a[data-screen="${CSS.escape(id || '')}"]`);
  if (link) link.setAttribute('aria-current', 'page');
  const view = h('div', { class: 'screen' });
  try {
    if (id === 'outbox') {
      await renderOutbox(view, context(params));
    } else {
      const screen = choices.find((candidate) => candidate.id === id) || choices[0];
      if (screen) await screen.code.render(view, context(params));
      else view.append(h('h1', {}, t('shell.no-screens')));
    }
  } catch (e) {
    view.append(h('p', { class: 'alert', role: 'alert' }, e instanceof Unreachable ? t('shell.unreachable') : e.message));
  }
  if (turn !== routing) return;
  main.replaceChildren(view);
  main.dataset.route = location.hash; // the screen now shown is the one the address names
  const target = view.querySelector('[autofocus]') || view.querySelector('h1');
  if (target) {
    if (!target.matches('input, select, textarea, button, a')) target.tabIndex = -1;
    target.focus();
  }
}

function context(params) {
  return { params, session: session(), navigate, notify, rerender: route };
}

export function navigate(hash) {
  if (location.hash === hash) route();
  else location.hash = hash;
}

/** A message for the officer, read out by screen readers. */
export function notify(text, kind = 'info') {
  const box = document.getElementById('notice');
  if (!box) return;
  box.className = `notice notice-${kind}`;
  box.replaceChildren(h('p', {}, text));
}

function networkChanged() {
  const box = document.getElementById('network');
  if (!box) return;
  const online = navigator.onLine && !session().offline;
  box.className = `network ${online ? 'online' : 'offline'}`;
  box.textContent = online ? t('shell.online') : t('shell.offline');
}

/**
 * Back online: a session resumed offline is checked with the server, then the queue is sent. The
 * page is rebuilt only once the server answers: a line that is up to a server that is not would
 * otherwise wipe the officer's half-filled form at every attempt.
 */
async function reconnect() {
  const current = session();
  if (current && !current.offline) {
    outbox.sync();
    return;
  }
  // an offline session, or the offline sign-in waiting: switch only once the server answers
  if (!current && !unlocking) return;
  try {
    await api.get('session');
  } catch (e) {
    if (e instanceof Unreachable) return;
  }
  start();
}

async function queueChanged() {
  const box = document.getElementById('queue-count');
  if (!box) return;
  const items = await outbox.items();
  const waiting = items.filter((item) => item.state === 'waiting').length;
  const attention = items.filter((item) => ['failed', 'conflict', 'review'].includes(item.state)).length;
  box.textContent = waiting || attention ? t('shell.queue-count', { waiting, attention }) : '';
  // the queue's screen follows the queue, unless the officer is choosing in a conflict
  if (location.hash.startsWith('#/outbox') && !document.querySelector('form.conflict')) route();
}

async function doSignOut() {
  await signOut().catch(() => {});
  showSignIn();
}

/**
 * The sign-in form; with {@code offlineUser}, the line is down and the form unlocks that officer's
 * last session in this browser instead (their password, checked here).
 */
function showSignIn(message, offlineUser) {
  unlocking = !!offlineUser;
  const user = h('input', { id: 'user', name: 'user', autocomplete: 'username', required: true, value: offlineUser || undefined });
  const password = h('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const error = h('p', { class: 'error', id: 'sign-in-error', role: 'alert' });
  const waiting = h('p', { class: 'hint', id: 'sign-in-waiting' });
  outbox.waitingCount().then((count) => {
    if (count > 0) waiting.textContent = t('session.waiting', { count });
  });
  const form = h(
    'form',
    {
      class: 'sign-in',
      onsubmit: async (event) => {
        event.preventDefault();
        error.textContent = '';
        try {
          if (offlineUser) {
            const unlocked = user.value.trim() === offlineUser ? await unlock(password.value) : null;
            if (!unlocked) throw new Problem(401, {});
            await enter(unlocked);
            return;
          }
          await signIn(user.value.trim(), password.value);
          await start();
        } catch (e) {
          error.textContent = e instanceof Problem ? t('session.refused') : t('shell.unreachable');
          password.value = '';
          password.focus();
        }
      },
    },
    h('h1', {}, t(app.title)),
    message ? h('p', { class: 'alert', role: 'alert' }, message) : null,
    waiting,
    h('div', { class: 'field' }, h('label', { for: 'user' }, t('session.user')), user),
    h('div', { class: 'field' }, h('label', { for: 'password' }, t('session.password')), password),
    error,
    h('button', { type: 'submit', class: 'primary' }, t('session.sign-in')),
  );
  document.title = t(app.title);
  document.body.replaceChildren(h('header', { class: 'shell' }, h('p', { class: 'brand' }, h('span', { class: 'brand-name' }, 'Asylon'), ' ', t(app.title)), languageChooser()), h('main', { id: 'main' }, form));
  document.querySelector('#language').onchange = async (event) => {
    await useLanguage(event.target.value);
    showSignIn(message, offlineUser);
  };
  (offlineUser ? password : user).focus();
}

boot();
