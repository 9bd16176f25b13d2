// One arrival (#/arrival/<id>): who the person is, the signs, who came with them, and their
// registration group; or (#/arrival/new) a person who walked in, registered at the desk. The
// questions that protect — asked for asylum? a child alone? specific needs? — come first.
import { Unreachable } from '../shell/api.js';
import { t, fmt } from '../shell/i18n.js';
import { h, field, input, select, checkbox, clearFieldErrors } from '../shell/dom.js';
import { read, readOrNull, offlineNote, arrivalHeader, definitions, name, plainName, send, NEEDS, useStyles } from './reception.js';

const RELATIONSHIPS = ['SPOUSE', 'CHILD', 'SIBLING', 'PARENT', 'OTHER_RELATIVE', 'UNRELATED'];

export default {
  async render(view, ctx) {
    useStyles();
    const id = ctx.params[0];
    if (!id || id === 'new') {
      registration(view, ctx);
      return;
    }
    const answer = await read(`arrivals/${encodeURIComponent(id)}`);
    const arrival = answer.body;
    view.append(arrivalHeader(arrival, 'arrival'), offlineNote(answer), details(arrival));
    if ((arrival.companions || []).length > 0) view.append(companions(arrival));
    view.append(await household(arrival, ctx));
  },
};

function details(arrival) {
  return h(
    'section',
    { 'aria-labelledby': 'details-title' },
    h('h2', { id: 'details-title' }, t('arrival.details')),
    definitions([
      ['arrival.surname', arrival.surname ? h('bdi', {}, arrival.surname) : null],
      ['arrival.given-names', arrival.givenNames ? h('bdi', {}, arrival.givenNames) : null],
      ['arrival.original-script', arrival.originalScriptName ? h('bdi', { dir: 'auto' }, arrival.originalScriptName) : null],
      ['arrival.date-of-birth', arrival.dateOfBirth ? [fmt.date(arrival.dateOfBirth), arrival.dateOfBirthEstimated ? ` (${t('arrival.estimated')})` : ''] : null],
      ['arrival.sex', arrival.sex ? t(`reception.sex.${arrival.sex}`) : null],
      ['arrival.nationalities', (arrival.nationalities || []).join(', ')],
      ['arrival.languages', (arrival.languages || []).join(', ')],
      ['arrival.needs', (arrival.specificNeeds || []).map((code) => t(`reception.need.${code}`)).join('; ')],
      ['arrival.asylum-requested', arrival.asylumRequestedAt ? t('arrival.asylum-requested.at', { at: fmt.dateTime(arrival.asylumRequestedAt), where: t(`reception.where.${arrival.asylumRequestedWhere || 'RECEPTION'}`) }) : t('common.no')],
      ['arrival.from', t(arrival.sourceEncounterId ? 'arrivals.from.border' : 'arrivals.from.desk')],
      ['arrival.registered', t('arrival.registered.by', { at: fmt.dateTime(arrival.registeredAt), by: arrival.registeredBy })],
    ]),
  );
}

function companions(arrival) {
  return h(
    'section',
    { 'aria-labelledby': 'companions-title' },
    h('h2', { id: 'companions-title' }, t('arrival.companions')),
    h('p', { class: 'hint' }, t('arrival.companions.hint')),
    h(
      'ul',
      {},
      arrival.companions.map((companion) =>
        h(
          'li',
          {},
          companion.arrivalId ? h('a', { href: `#/arrival/${companion.arrivalId}` }, t('arrival.companion')) : t('arrival.companion.not-arrived'),
          ' · ',
          h('bdi', {}, companion.groupLabel || t(`reception.group.${companion.groupKind}`)),
        ),
      ),
    ),
  );
}

/** The person's registration group with its members, or the two ways to give them one. */
async function household(arrival, ctx) {
  const section = h('section', { 'aria-labelledby': 'household-title', id: 'household' }, h('h2', { id: 'household-title' }, t('arrival.household.title')));
  let groups;
  try {
    groups = await read(`households?arrivalId=${arrival.id}`);
  } catch (e) {
    if (!(e instanceof Unreachable)) throw e;
    section.append(h('p', { class: 'warning' }, t('arrival.household.offline')));
    return section;
  }
  const group = groups.body[0];
  if (group) {
    section.append(offlineNote(groups), await members(group));
    return section;
  }
  section.append(h('p', { class: 'muted' }, t('arrival.household.none')), await createForm(arrival, ctx), await joinForm(arrival, ctx));
  return section;
}

async function members(group) {
  const people = await Promise.all(
    group.members.map(async (member) => {
      const answer = await readOrNull(`arrivals/${member.arrivalId}`).catch(() => null);
      return { member, arrival: answer ? answer.body : null };
    }),
  );
  return h(
    'div',
    { class: 'household', dataset: { household: group.id } },
    h('p', {}, h('strong', {}, h('bdi', {}, group.label || t(`reception.group.${group.kind}`))), ' · ', t(`reception.group.${group.kind}`), ' · ', t('arrival.household.since', { at: fmt.dateTime(group.createdAt) })),
    h(
      'table',
      {},
      h('caption', {}, t('arrival.household.members')),
      h('thead', {}, h('tr', {}, ['reception.person.name', 'arrival.household.relationship', 'arrival.household.child'].map((key) => h('th', { scope: 'col' }, t(key))))),
      h(
        'tbody',
        {},
        people.map(({ member, arrival }) =>
          h(
            'tr',
            { dataset: { member: member.arrivalId } },
            h('th', { scope: 'row' }, h('a', { href: `#/arrival/${member.arrivalId}` }, arrival ? name(arrival) : t('arrival.household.member'))),
            h('td', {}, t(`reception.relationship.${member.relationship}`)),
            h('td', {}, t(`reception.child.${member.child}`)),
          ),
        ),
      ),
    ),
  );
}

/** Forms a new group with this person as its focal point, and others from the latest arrivals. */
async function createForm(arrival, ctx) {
  const latest = await read('arrivals?limit=100').catch(() => ({ body: [] }));
  const others = latest.body.filter((other) => other.id !== arrival.id);
  const label = input('label', { id: 'household-label', value: arrival.surname ? t('arrival.household.label.default', { surname: arrival.surname }) : '' });
  const kind = select('kind', ['HOUSEHOLD', 'TRAVEL_GROUP'].map((value) => [value, t(`reception.group.${value}`)]), { id: 'household-kind' });
  const rows = h('div', { class: 'member-rows' });
  const outcome = h('div', { 'aria-live': 'assertive' });

  function addRow() {
    const index = rows.children.length;
    const who = select(`members[${index + 1}].arrivalId`, [['', t('arrival.household.choose-person')], ...others.map((other) => [other.id, plainName(other)])], { id: `member-${index}` });
    const how = select(`members[${index + 1}].relationship`, RELATIONSHIPS.map((value) => [value, t(`reception.relationship.${value}`)]), { id: `member-${index}-relationship` });
    rows.append(h('div', { class: 'grid member-row' }, field('arrival.household.member', who), field('arrival.household.relationship', how)));
    who.focus();
  }

  const form = h(
    'form',
    {
      id: 'household-create',
      novalidate: true,
      onsubmit: async (event) => {
        event.preventDefault();
        clearFieldErrors(form);
        const chosen = [...rows.querySelectorAll('.member-row')]
          .map((row) => ({ arrivalId: row.querySelector('select[name$="arrivalId"]').value, relationship: row.querySelector('select[name$="relationship"]').value }))
          .filter((member) => member.arrivalId);
        const body = { kind: kind.value, label: label.value.trim() || undefined, members: [{ arrivalId: arrival.id, relationship: 'FOCAL_POINT' }, ...chosen] };
        const sent = await send({ method: 'POST', path: 'households', body, label: t('arrival.household.create.label', { name: plainName(arrival) }) }, { form, outcome, ctx });
        if (sent && sent.state === 'sent') {
          ctx.notify(t('arrival.household.created'), 'good');
          ctx.rerender();
        }
      },
    },
    h('h3', {}, t('arrival.household.create')),
    h('p', { class: 'hint' }, t('arrival.household.create.hint')),
    h('div', { class: 'grid' }, field('arrival.household.kind', kind), field('arrival.household.label', label)),
    rows,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', onclick: addRow, id: 'household-add-row' }, t('arrival.household.add-row')),
      h('button', { type: 'submit', class: 'primary', id: 'household-create-submit' }, t('arrival.household.create.submit')),
    ),
    outcome,
  );
  return form;
}

/** Adds this person to an existing group (a change to that group: its ETag goes with it). */
async function joinForm(arrival, ctx) {
  const groups = await read('households?limit=100').catch(() => ({ body: [] }));
  if (groups.body.length === 0) return '';
  const which = select('household', [['', t('arrival.household.choose')], ...groups.body.map((group) => [group.id, `${group.label || t(`reception.group.${group.kind}`)} (${fmt.number(group.members.length)})`])], { id: 'join-household' });
  const how = select('relationship', RELATIONSHIPS.map((value) => [value, t(`reception.relationship.${value}`)]), { id: 'join-relationship' });
  const outcome = h('div', { 'aria-live': 'assertive' });
  const form = h(
    'form',
    {
      id: 'household-join',
      novalidate: true,
      onsubmit: async (event) => {
        event.preventDefault();
        clearFieldErrors(form);
        if (!which.value) {
          form.querySelector('[data-field="household"] .error').textContent = t('arrival.household.choose');
          which.focus();
          return;
        }
        const current = await read(`households/${which.value}`);
        const body = { arrivalId: arrival.id, relationship: how.value };
        // the shell compares a conflict field by field only on top-level fields: a member list
        // cannot be mapped, so a change made meanwhile is refused (412) and shown, never overwritten
        const sent = await send(
          { method: 'POST', path: `households/${which.value}/members`, body, ifMatch: current.etag, label: t('arrival.household.join.label', { name: plainName(arrival) }) },
          { form, outcome, ctx },
        );
        if (sent && sent.state === 'sent') {
          ctx.notify(t('arrival.household.joined'), 'good');
          ctx.rerender();
        }
      },
    },
    h('h3', {}, t('arrival.household.join')),
    h('div', { class: 'grid' }, field('arrival.household.which', which), field('arrival.household.relationship', how)),
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'household-join-submit' }, t('arrival.household.join.submit'))),
    outcome,
  );
  return form;
}

function radios(name, legendKey, choices, checked) {
  return h(
    'fieldset',
    { class: 'radios', dataset: { field: name } },
    h('legend', {}, t(legendKey)),
    choices.map(([value, labelKey]) => {
      const id = `${name}-${value}`;
      return h('div', { class: 'check' }, h('input', { type: 'radio', name, id, value, checked: value === checked }), h('label', { for: id }, t(labelKey)));
    }),
    h('p', { class: 'error', 'aria-live': 'polite' }),
  );
}

function codes(text, upper) {
  return text
    .split(/[\s,;]+/)
    .map((code) => (upper ? code.toUpperCase() : code.toLowerCase()))
    .filter(Boolean);
}

/** A person who walked in: registered at the desk with what is known, through the offline queue. */
function registration(view, ctx) {
  // no default: an officer who tabs past the question must not record that the person did not ask
  const asylum = radios('asylumRequested', 'arrival.new.asylum', [['yes', 'common.yes'], ['no', 'common.no']], null);
  const child = radios('unaccompaniedChild', 'arrival.new.child', [['no', 'common.no'], ['yes', 'common.yes']], 'no');
  const needs = h(
    'fieldset',
    { class: 'needs', dataset: { field: 'specificNeeds' } },
    h('legend', {}, t('arrival.needs')),
    h('p', { class: 'hint' }, t('arrival.new.needs.hint')),
    h('div', { class: 'grid' }, NEEDS.filter((code) => code !== 'OTHER').map((code) => checkbox(`need-${code}`, `reception.need.${code}`, { value: code }))),
    h('p', { class: 'error', 'aria-live': 'polite' }),
  );
  const surname = input('surname', { autocomplete: 'off' });
  const givenNames = input('givenNames');
  const original = input('originalScriptName', { dir: 'auto' });
  const dateOfBirth = input('dateOfBirth', { inputmode: 'numeric', placeholder: 'YYYY-MM-DD', dir: 'ltr' });
  const estimated = checkbox('dateOfBirthEstimated', 'arrival.new.estimated');
  const sex = select('sex', [['', t('common.none')], ['F', t('reception.sex.F')], ['M', t('reception.sex.M')], ['X', t('reception.sex.X')]]);
  const nationalities = input('nationalities', { dir: 'ltr' });
  const languages = input('languages', { dir: 'ltr' });
  const outcome = h('div', { 'aria-live': 'assertive' });

  const form = h(
    'form',
    {
      id: 'arrival-new',
      novalidate: true,
      onsubmit: async (event) => {
        event.preventDefault();
        clearFieldErrors(form);
        const asked = form.querySelector('input[name="asylumRequested"]:checked');
        if (!asked) {
          form.querySelector('[data-field="asylumRequested"] .error').textContent = t('arrival.new.asylum.required');
          form.querySelector('input[name="asylumRequested"]').focus();
          return;
        }
        const body = {
          surname: surname.value.trim() || undefined,
          givenNames: givenNames.value.trim() || undefined,
          originalScriptName: original.value.trim() || undefined,
          dateOfBirth: dateOfBirth.value.trim() || undefined,
          dateOfBirthEstimated: form.querySelector('input[name="dateOfBirthEstimated"]').checked || undefined,
          sex: sex.value || undefined,
          nationalities: codes(nationalities.value, true),
          languages: codes(languages.value, false),
          asylumRequested: asked.value === 'yes',
          unaccompaniedChild: form.querySelector('input[name="unaccompaniedChild"]:checked').value === 'yes',
          specificNeeds: [...needs.querySelectorAll('input:checked')].map((box) => box.value),
        };
        const label = [body.surname, body.givenNames].filter(Boolean).join(', ') || body.originalScriptName || t('person.unnamed');
        const sent = await send({ method: 'POST', path: 'arrivals', body, label: t('arrival.new.label', { name: label }) }, { form, outcome, ctx });
        if (!sent) return;
        if (sent.state === 'sent') {
          ctx.notify(t('arrival.new.saved', { name: label }), 'good');
          ctx.navigate(`#/arrival/${sent.result.body.id}`);
        } else {
          ctx.navigate('#/arrivals');
        }
      },
    },
    h('section', { class: 'protect', 'aria-labelledby': 'protect-title' }, h('h2', { id: 'protect-title' }, t('arrival.new.protect')), asylum, child, needs),
    h(
      'fieldset',
      {},
      h('legend', {}, t('arrival.new.person')),
      h(
        'div',
        { class: 'grid' },
        field('arrival.surname', surname),
        field('arrival.given-names', givenNames),
        field('arrival.original-script', original),
        field('arrival.date-of-birth', dateOfBirth, { hint: 'arrival.new.date-of-birth.hint' }),
        field('arrival.sex', sex),
        field('arrival.nationalities', nationalities, { hint: 'arrival.new.nationalities.hint' }),
        field('arrival.languages', languages, { hint: 'arrival.new.languages.hint' }),
      ),
      estimated,
    ),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', id: 'arrival-register' }, t('arrival.new.submit'))),
    outcome,
  );
  view.append(h('h1', {}, t('arrival.new.title')), form);
  form.querySelector('input[name="asylumRequested"]').autofocus = true;
}
