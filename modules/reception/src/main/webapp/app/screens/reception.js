// What the reception screens share: reads that fall back to the last copy this browser kept (a
// reception site loses its line too), the signs an officer must see at once on any arrival, the
// queue's priority, the arrival's header with links to its screens, and sending a change through
// the offline queue with its answer turned into what the officer sees.
import { Problem, readKept } from '../shell/api.js';
import { sendChange } from '../shell/changes.js';
import { t, fmt } from '../shell/i18n.js';
import { h, badge, personName } from '../shell/dom.js';

export const CHANNELS = [
  'ASYLUM_PROCEDURE',
  'CHILD_PROTECTION',
  'VICTIM_OF_TRAFFICKING',
  'MEDICAL_PSYCHOSOCIAL',
  'ASSISTED_VOLUNTARY_RETURN',
  'REGULAR_MIGRATION',
  'FAMILY_TRACING',
];

/** The suite's specific-needs codes (kernel asylon/codes/specific-needs.tsv), categories then sub-codes. */
export const NEEDS = ['SC', 'SC-UC', 'SC-SC', 'CR', 'WR', 'WR-PL', 'SP', 'ER', 'DS', 'SM', 'TR', 'SV', 'FU', 'FU-TR', 'FU-FR', 'LP', 'LP-TP', 'LP-SG', 'OTHER'];

// The needs reception's PriorityMapping flags PRIORITY for RSD (categories SC, TR, SV, SM with their
// sub-codes, and LP-TP): the same list orders the queue, so the desk and RSD agree on who goes first.
const PRIORITY_CATEGORIES = ['SC', 'TR', 'SV', 'SM'];
export function isPriorityNeed(code) {
  return code === 'LP-TP' || PRIORITY_CATEGORIES.includes(String(code).split('-')[0]);
}

/** Loads the module stylesheet once (print view, occupancy bars); CSP allows same-origin sheets only. */
export function useStyles() {
  if (!document.querySelector('link[data-reception]')) {
    document.head.append(h('link', { rel: 'stylesheet', href: 'screens/reception.css', dataset: { reception: 'yes' } }));
  }
}

/**
 * GET {@code path}, kept in this browser (the shell's {@code readKept}); offline, the kept copy
 * answers, marked {@code offline}. Reception's screens change nothing from a kept copy: they show
 * it, and offer their forms again when the server answers.
 */
export async function read(path) {
  const answer = await readKept(path);
  return { body: answer.body, etag: answer.etag, offline: !!answer.offlineCopyOf, at: answer.offlineCopyOf };
}

/** The same as {@link read}, but a 404 is an answer (null): "no place yet", "no group". */
export async function readOrNull(path) {
  try {
    return await read(path);
  } catch (e) {
    if (e instanceof Problem && e.status === 404) return null;
    throw e;
  }
}

/** A warning that the screen shows the kept copy ('' when online: DOM append() would print null). */
export function offlineNote(answer) {
  return answer && answer.offline ? h('p', { class: 'warning' }, t('reception.offline-copy', { at: fmt.dateTime(answer.at) })) : '';
}

export function name(arrival) {
  return personName({ statedSurname: arrival.surname, statedGivenNames: arrival.givenNames, originalScriptName: arrival.originalScriptName });
}

export function plainName(arrival) {
  return [arrival.surname, arrival.givenNames].filter(Boolean).join(', ') || arrival.originalScriptName || t('person.unnamed');
}

export function askedForProtection(arrival) {
  return !!(arrival.asylumRequestedAt || arrival.protectionRequestedAt);
}

export function childAlone(arrival) {
  return !!arrival.unaccompaniedChild || (arrival.specificNeeds || []).some((code) => String(code).split('-')[0] === 'SC');
}

/**
 * The queue's priority. The API gives none (GET arrivals is newest first), so it is derived here
 * from what the arrival carries, in this order: a child alone (CRC arts. 3 and 20, the best
 * interests first; reception's child-appropriate-place rule), a need that reception's
 * PriorityMapping flags PRIORITY for RSD, any other specific need, a request for protection (the
 * asylum referral is due at once: 10-Point Plan, point 5). Rank 4 is everyone else; within a rank
 * the longest waiting comes first. The screen labels it as derived.
 */
export function priority(arrival) {
  const needs = arrival.specificNeeds || [];
  if (childAlone(arrival)) return { rank: 0, reason: 'child' };
  if (needs.some(isPriorityNeed)) return { rank: 1, reason: 'priority-need' };
  if (needs.length > 0) return { rank: 2, reason: 'needs' };
  if (askedForProtection(arrival)) return { rank: 3, reason: 'protection' };
  return { rank: 4, reason: 'none' };
}

export function byPriority(a, b) {
  return priority(a).rank - priority(b).rank || String(a.registeredAt).localeCompare(String(b.registeredAt)) || a.id.localeCompare(b.id);
}

/** Signs read in words, not colour alone: protection, child alone, needs (priority ones named). */
export function signs(arrival) {
  const out = [];
  if (askedForProtection(arrival)) out.push(badge('protection', t('reception.signs.protection')));
  if (childAlone(arrival)) out.push(badge('child', t('reception.signs.child-alone')));
  const needs = arrival.specificNeeds || [];
  const urgent = needs.filter(isPriorityNeed);
  if (urgent.length > 0) out.push(badge('overdue', t('reception.signs.priority-needs', { needs: urgent.join(', ') })));
  if (needs.length > urgent.length) out.push(badge('info', t('reception.signs.needs', { count: fmt.number(needs.length - urgent.length) })));
  if ((arrival.referrals || []).length === 0) out.push(badge('due', t('reception.signs.no-referral')));
  return out.flatMap((sign) => [sign, ' ']);
}

/** The arrival's name, signs and the links to each of its screens, on top of every arrival screen. */
export function arrivalHeader(arrival, current) {
  const links = [
    ['arrival', 'arrival.title'],
    ['referrals', 'referrals.title'],
    ['accommodation', 'accommodation.place.title'],
    ['document', 'document.title'],
    ['vulnerability', 'vulnerability.title'],
  ];
  return h(
    'div',
    { class: 'arrival-header' },
    h('h1', {}, name(arrival)),
    h('p', { class: 'signs' }, signs(arrival)),
    h(
      'nav',
      { class: 'arrival-nav no-print', 'aria-label': t('arrival.screens') },
      h(
        'ul',
        {},
        links.map(([screen, key]) =>
          h('li', {}, h('a', { href: `#/${screen}/${arrival.id}`, 'aria-current': screen === current ? 'page' : null, dataset: { screen } }, t(key))),
        ),
      ),
    ),
  );
}

/** Sends a change through the offline queue (the shell's {@code sendChange}). */
export function send(request, { form, outcome, ctx }) {
  return sendChange(request, { form, result: outcome, ctx });
}

export { facts as definitions } from '../shell/dom.js';
