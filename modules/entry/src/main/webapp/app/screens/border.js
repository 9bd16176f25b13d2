// What the border screens share: the officer's post (crossing point and shift, kept in this
// browser), the crossing points (cached for offline use), and the signs an officer must see at
// once on any encounter — asked for protection, child, specific needs, the outcome.
import { api, query, Problem, Unreachable } from '../shell/api.js';
import { batchKind } from '../shell/outbox.js';
import { t, fmt } from '../shell/i18n.js';
import { h, badge, personName } from '../shell/dom.js';
import { store } from '../shell/store.js';

export function post() {
  try {
    return JSON.parse(localStorage.getItem('asylon.entry.post')) || {};
  } catch (e) {
    return {};
  }
}

export function keepPost(value) {
  localStorage.setItem('asylon.entry.post', JSON.stringify(value));
}

export async function crossingPoints() {
  try {
    const answer = await api.get('crossing-points');
    const list = answer.body.items || answer.body;
    await store.put('cache', { key: 'crossing-points', value: list });
    return list;
  } catch (e) {
    if (!(e instanceof Unreachable)) throw e;
    const cached = await store.get('cache', 'crossing-points');
    return cached ? cached.value : [];
  }
}

export function encounterSigns(encounter) {
  const signs = [];
  if (encounter.protectionRequestedAt) signs.push(badge('protection', t('signs.protection')));
  if (encounter.unaccompaniedChild) signs.push(badge('child', t('signs.unaccompanied-child')));
  if ((encounter.specificNeeds || []).length > 0) {
    signs.push(badge('info', t('signs.needs', { count: fmt.number(encounter.specificNeeds.length) })));
  }
  if (encounter.outcome) {
    signs.push(badge(encounter.outcome.status === 'SUSPENDED' ? 'overdue' : 'ok', `${t(`outcome.${encounter.outcome.kind}`)} · ${t(`outcome.status.${encounter.outcome.status}`)}`));
  } else {
    signs.push(badge('due', t('signs.no-outcome')));
  }
  return signs.flatMap((sign) => [sign, ' ']);
}

/** A list of encounters as a table an officer scans: name, signs, time, link. */
export function encounterTable(encounters, captionKey) {
  return h(
    'table',
    { class: 'encounters' },
    h('caption', {}, t(captionKey)),
    h(
      'thead',
      {},
      h('tr', {}, h('th', { scope: 'col' }, t('person.name')), h('th', { scope: 'col' }, t('encounter.signs')), h('th', { scope: 'col' }, t('encounter.occurred-at'))),
    ),
    h(
      'tbody',
      {},
      encounters.map((encounter) =>
        h(
          'tr',
          { dataset: { encounter: encounter.id } },
          h('td', {}, h('a', { href: `#/encounter/${encounter.id}` }, personName(encounter.person))),
          h('td', {}, encounterSigns(encounter)),
          h('td', {}, fmt.dateTime(encounter.occurredAt)),
        ),
      ),
    ),
  );
}

/**
 * Earlier encounters that may be this person: by document number and by name (with the birth
 * date and nationality when known), best first, each encounter once.
 */
export async function alreadyKnown(probe, exceptId) {
  const searches = [];
  if (probe.documentNumber) searches.push(query('encounters/already-known', { documentNumber: probe.documentNumber }));
  if (probe.name) {
    searches.push(query('encounters/already-known', { name: probe.name, dateOfBirth: probe.dateOfBirth, nationality: probe.nationality }));
  }
  const hits = new Map();
  for (const search of searches) {
    for (const hit of (await api.get(search)).body) {
      const known = hits.get(hit.encounter.id);
      if (hit.encounter.id !== exceptId && (!known || known.score < hit.score)) hits.set(hit.encounter.id, hit);
    }
  }
  return [...hits.values()].sort((a, b) => b.score - a.score);
}

// A registration travels through the offline queue in batches; once registered, one made offline
// is checked again against those already known, and a match is flagged for review, never merged.
batchKind('registration', {
  path: 'encounters/batch',
  field: 'encounter',
  async afterSent(item) {
    item.link = `#/encounter/${item.result.encounterId}`;
    if (!item.madeOffline) return;
    try {
      const person = item.body.person || {};
      const mrzNumber = item.documentNumber;
      const hits = await alreadyKnown(
        {
          documentNumber: mrzNumber || (item.body.documents || []).map((d) => d.number).find(Boolean),
          name: [person.documentSurname || person.statedSurname, person.documentGivenNames || person.statedGivenNames].filter(Boolean).join(' ') || person.originalScriptName,
          dateOfBirth: person.dateOfBirth,
          nationality: (person.nationalities || [])[0],
        },
        item.result.encounterId,
      );
      if (hits.length > 0) {
        item.state = 'review';
        item.review = hits.map((hit) => ({ link: `#/encounter/${hit.encounter.id}`, score: hit.score, reasons: hit.reasons }));
      }
    } catch (e) {
      if (!(e instanceof Unreachable) && !(e instanceof Problem)) throw e;
      item.reviewPending = true;
    }
  },
});

/** The refusal grounds of the state's legal profile (code, label, basis), cached for offline use. */
export async function refusalGrounds() {
  try {
    const rules = (await api.get('profile/rules?prefix=entry.refusal.grounds')).body;
    const grounds = (rules.find((rule) => rule.rule === 'entry.refusal.grounds') || {}).items || [];
    await store.put('cache', { key: 'refusal-grounds', value: grounds });
    return grounds;
  } catch (e) {
    if (!(e instanceof Unreachable)) throw e;
    const cached = await store.get('cache', 'refusal-grounds');
    return cached ? cached.value : [];
  }
}
