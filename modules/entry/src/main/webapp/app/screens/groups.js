// A boat or a family registered member by member: the rescue data once for the whole group, each
// member with the same protecting questions as at the counter, and the group's list with each
// member's state. The group travels through the offline queue as one request with its own key.
import { api, Unreachable } from '../shell/api.js';
import { t, fmt } from '../shell/i18n.js';
import { h, field, input, select, badge } from '../shell/dom.js';
import { sendChange } from './encounter.js';
import { post, encounterTable } from './border.js';
import { personForm } from './person-form.js';

const KINDS = ['BOAT', 'FAMILY', 'TRAVEL_GROUP'];
const RESCUE_TEXTS = ['vessel', 'searchAndRescueRegion', 'placeOfSafety'];
const RESCUE_COUNTS = ['rescued', 'dead', 'missing'];

export default {
  async render(view, ctx) {
    if (ctx.params[0]) return showGroup(view, ctx.params[0]);
    newGroup(view, ctx);
    return recentGroups(view);
  },
};

async function showGroup(view, id) {
  const group = (await api.get(`groups/${encodeURIComponent(id)}`)).body;
  view.append(h('h1', {}, t(`group.kind.${group.kind}`), ': ', h('bdi', {}, group.label)));
  if (group.rescue) {
    const r = group.rescue;
    view.append(
      h(
        'dl',
        { class: 'facts' },
        RESCUE_TEXTS.filter((name) => r[name]).map((name) => [h('dt', {}, t(`group.${name}`)), h('dd', {}, h('bdi', {}, r[name]))]),
        r.disembarkedAt ? [h('dt', {}, t('group.disembarkedAt')), h('dd', {}, fmt.dateTime(r.disembarkedAt))] : null,
        RESCUE_COUNTS.map((name) => [h('dt', {}, t(`group.${name}`)), h('dd', {}, fmt.number(r[name]))]),
      ),
    );
  }
  view.append(encounterTable(group.members, 'group.members'));
}

const RECENT = 10;

/** The groups of the latest encounters (the API lists encounters, not groups), newest first. */
async function recentGroups(view) {
  const section = h('section', { 'aria-labelledby': 'recent-groups-title' }, h('h2', { id: 'recent-groups-title' }, t('groups.recent')));
  view.append(section);
  try {
    const encounters = (await api.get('encounters?limit=200')).body;
    const ids = [...new Set(encounters.map((e) => e.groupId).filter(Boolean))].slice(0, RECENT);
    if (ids.length === 0) {
      section.append(h('p', { class: 'muted' }, t('groups.recent.none')));
      return;
    }
    const groups = await Promise.all(ids.map(async (id) => (await api.get(`groups/${encodeURIComponent(id)}`)).body));
    section.append(
      h(
        'ul',
        { class: 'recent-groups' },
        groups.map((group) =>
          h('li', {}, h('a', { href: `#/groups/${group.id}` }, h('bdi', {}, group.label)), ` — ${t(`group.kind.${group.kind}`)}, `, t('groups.members-count', { count: fmt.number(group.members.length) })),
        ),
      ),
    );
  } catch (e) {
    if (!(e instanceof Unreachable)) throw e;
    section.append(h('p', { class: 'warning' }, t('groups.recent.offline')));
  }
}

function newGroup(view, ctx) {
  const members = [];
  const kind = select('kind', KINDS.map((value) => [value, t(`group.kind.${value}`)]));
  const rescue = h(
    'fieldset',
    { class: 'rescue' },
    h('legend', {}, t('group.rescue')),
    h(
      'div',
      { class: 'grid' },
      RESCUE_TEXTS.map((name) => field(`group.${name}`, input(name))),
      field('group.disembarkedAt', input('disembarkedAt', { type: 'datetime-local' })),
      RESCUE_COUNTS.map((name) => field(`group.${name}`, input(name, { type: 'number', min: 0, value: 0, inputmode: 'numeric' }))),
    ),
  );
  const showRescue = () => {
    rescue.hidden = kind.value !== 'BOAT';
  };
  kind.addEventListener('change', showRescue);
  showRescue();

  const list = h('ol', { class: 'members', 'aria-live': 'polite' });
  const memberBox = h('div', {});
  let member;
  function newMember() {
    member = personForm({ kind: kind.value === 'BOAT' ? 'RESCUE_AT_SEA' : 'APPREHENSION_AFTER_IRREGULAR_CROSSING' });
    memberBox.replaceChildren(field('group.member.role', input('role'), { hint: 'group.member.role.hint' }), member.element);
  }
  newMember();

  function drawMembers() {
    list.replaceChildren(
      ...members.map((m, index) =>
        h(
          'li',
          {},
          h('bdi', {}, m.label),
          m.role ? ` (${m.role})` : '',
          ' ',
          m.encounter.protectionRequested ? badge('protection', t('signs.protection')) : '',
          ' ',
          m.encounter.unaccompaniedChild ? badge('child', t('signs.unaccompanied-child')) : '',
          ' ',
          h('button', { type: 'button', class: 'link', onclick: () => { members.splice(index, 1); drawMembers(); } }, t('group.member.remove', { name: m.label })),
        ),
      ),
    );
  }

  const result = h('div', { 'aria-live': 'assertive' });
  const error = h('p', { class: 'error', role: 'alert' });
  const addMember = () => {
    const { body, unanswered } = member.read({ crossingPointId: post().crossingPointId });
    if (unanswered) {
      memberBox.querySelector(`[data-field="${unanswered}"] .error`).textContent = t('counter.protection.required');
      member.protectionControl().focus();
      return;
    }
    members.push({ label: member.label(), role: memberBox.querySelector('[name="role"]').value.trim() || undefined, encounter: body });
    drawMembers();
    newMember();
    memberBox.querySelector('[name="role"]').focus();
  };

  const form = h(
    'form',
    {
      class: 'group-form',
      novalidate: true,
      onsubmit: async (event) => {
        event.preventDefault();
        error.textContent = '';
        if (members.length === 0) {
          error.textContent = t('group.members.required');
          return;
        }
        const body = {
          kind: kind.value,
          label: form.querySelector('[name="label"]').value.trim(),
          members: members.map((m) => ({ role: m.role, encounter: m.encounter })),
        };
        if (kind.value === 'BOAT') {
          const value = (name) => rescue.querySelector(`[name="${name}"]`).value.trim();
          body.rescue = Object.fromEntries([
            ...RESCUE_TEXTS.filter((name) => value(name)).map((name) => [name, value(name)]),
            ...(value('disembarkedAt') ? [['disembarkedAt', new Date(value('disembarkedAt')).toISOString()]] : []),
            ...RESCUE_COUNTS.map((name) => [name, Number(value(name) || 0)]),
          ]);
        }
        const after = await sendChange(form, result, { ...ctx, rerender: () => {} }, { method: 'POST', path: 'groups', body, label: body.label || t('groups.title') });
        if (after && after.state === 'sent') ctx.navigate(`#/groups/${after.result.body.id}`);
        else if (after && after.state === 'waiting') ctx.navigate('#/outbox');
      },
    },
    h('h1', {}, t('groups.title')),
    h('div', { class: 'grid' }, field('group.kind', kind), field('group.label', input('label'), { required: true, hint: 'group.label.hint' })),
    rescue,
    h('section', { 'aria-labelledby': 'members-title' }, h('h2', { id: 'members-title' }, t('group.members')), list),
    h('fieldset', { class: 'member' }, h('legend', {}, t('group.member.new')), memberBox, h('div', { class: 'actions' }, h('button', { type: 'button', id: 'add-member', onclick: addMember }, t('group.member.add')))),
    error,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', id: 'register-group' }, t('group.save'))),
  );
  view.append(form, result);
}
