// Translation runtime: plain message catalogues (flat JSON, key → text) served by the module at
// app/messages/<lang>.json, merged server-side from the shell's, the module's and the state's own
// files, so that a state adds a language by dropping a file. English fills any key a catalogue
// lacks. Dates and numbers are formatted in the officer's language; Arabic-Indic digits are a
// choice, Latin by default (officers copy document numbers from the screen).
import { moduleName } from './store.js';

const MESSAGES = `/${moduleName()}/app/messages/`;
let catalogue = {};
let fallback = {};
let language = 'en';
let nativeDigits = false;

async function load(code) {
  const response = await fetch(`${MESSAGES}${code}.json`, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`no catalogue for ${code}`);
  return response.json();
}

export async function languages() {
  try {
    const response = await fetch(`${MESSAGES}languages.json`, { credentials: 'same-origin' });
    if (response.ok) return response.json();
  } catch (e) {
    // offline and never cached: English only
  }
  return [{ code: 'en', name: 'English', direction: 'ltr' }];
}

export function chosenLanguage() {
  return localStorage.getItem('asylon.language') || (navigator.language || 'en').split('-')[0];
}

export async function useLanguage(code, digits = localStorage.getItem('asylon.digits') === 'native') {
  fallback = await load('en');
  try {
    catalogue = code === 'en' ? fallback : await load(code);
    language = code;
  } catch (e) {
    catalogue = fallback;
    language = 'en';
  }
  nativeDigits = digits;
  localStorage.setItem('asylon.language', language);
  localStorage.setItem('asylon.digits', digits ? 'native' : 'latin');
  document.documentElement.lang = language;
  document.documentElement.dir = catalogue['@language.direction'] === 'rtl' ? 'rtl' : 'ltr';
  return language;
}

export function currentLanguage() {
  return language;
}

/** The text for {@code key} with its {name} placeholders filled; the key itself if no catalogue has it. */
export function t(key, params = {}) {
  const text = catalogue[key] ?? fallback[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** Whether a catalogue has {@code key} (a rule's plain-language text, say). */
export function has(key) {
  return key in catalogue || key in fallback;
}

function locale() {
  return nativeDigits ? `${language}-u-nu-arab` : `${language}-u-nu-latn`;
}

export const fmt = {
  number: (n) => new Intl.NumberFormat(locale()).format(n),
  /** A date, or a partial date of the kind the API sends (YYYY, YYYY-MM, YYYY-MM-DD). */
  date(value) {
    if (!value) return '';
    const parts = String(value).slice(0, 10).split('-');
    const date = new Date(Date.UTC(+parts[0], (+parts[1] || 1) - 1, +parts[2] || 1));
    const options = { year: 'numeric', timeZone: 'UTC' };
    if (parts.length > 1) options.month = parts.length > 2 ? 'short' : 'long';
    if (parts.length > 2) options.day = 'numeric';
    return new Intl.DateTimeFormat(locale(), options).format(date);
  },
  dateTime(value) {
    if (!value) return '';
    return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
  },
  time(value) {
    if (!value) return '';
    return new Intl.DateTimeFormat(locale(), { timeStyle: 'short' }).format(new Date(value));
  },
};
