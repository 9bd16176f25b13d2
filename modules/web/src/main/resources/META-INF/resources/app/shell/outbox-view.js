// The officer's view of the offline queue: what waits to be sent, what the server refused and
// why, what may be someone already known, and every conflict laid out field by field — theirs,
// the server's, and the officer's choice. Nothing is overwritten without that choice.
import { t, fmt, has } from './i18n.js';
import { h, badge } from './dom.js';
import { outbox, same } from './outbox.js';

const STATES = ['conflict', 'failed', 'review', 'waiting', 'sent'];

export async function renderOutbox(view, ctx) {
  const items = await outbox.items();
  view.append(h('h1', {}, t('outbox.title')));
  view.append(
    h(
      'p',
      {},
      h('button', { type: 'button', id: 'send-now', onclick: () => outbox.sync().then(ctx.rerender) }, t('outbox.send-now')),
    ),
  );
  if (items.length === 0) {
    view.append(h('p', {}, t('outbox.empty')));
    return;
  }
  for (const state of STATES) {
    const group = items.filter((item) => item.state === state);
    if (group.length === 0) continue;
    view.append(
      h(
        'section',
        { class: `outbox-${state}`, 'aria-labelledby': `outbox-${state}-title` },
        h('h2', { id: `outbox-${state}-title` }, t(`outbox.state.${state}`), ' ', badge(state, fmt.number(group.length))),
        h('ul', { class: 'cards' }, group.map((item) => h('li', { class: 'card', dataset: { item: item.id, state } }, card(item, ctx)))),
      ),
    );
  }
}

function card(item, ctx) {
  const parts = [
    h('p', { class: 'card-title' }, h('bdi', {}, item.label || item.kind), ' ', h('span', { class: 'muted' }, fmt.dateTime(item.createdAt))),
  ];
  if ((item.state === 'sent' || item.state === 'review') && item.link) {
    parts.push(h('p', {}, h('a', { href: item.link }, t('outbox.open'))));
  }
  if (item.problem && item.state !== 'conflict') {
    parts.push(h('p', { class: 'alert' }, item.problem.detail || item.problem.title));
    for (const error of item.problem.errors || []) parts.push(h('p', { class: 'error' }, `${error.field}: ${error.message}`));
  }
  if (item.state === 'review') parts.push(review(item));
  if (item.state === 'conflict') parts.push(conflict(item, ctx));
  if (item.state === 'failed' || item.state === 'review') {
    parts.push(h('button', { type: 'button', class: 'link', onclick: () => outbox.discard(item.id).then(ctx.rerender) }, t(item.state === 'review' ? 'outbox.reviewed' : 'outbox.discard')));
  }
  return parts;
}

function review(item) {
  return h(
    'div',
    { class: 'review' },
    h('p', { class: 'alert' }, t('outbox.review-explained')),
    h(
      'ul',
      {},
      item.review.map((hit) =>
        h('li', {}, h('a', { href: hit.link }, t('outbox.review-hit', { score: fmt.number(Math.round(hit.score * 100)) })), ' ', (hit.reasons || []).join('; ')),
      ),
    ),
  );
}

/** A field's value as the officer reads it: a code through its catalogue label where one exists. */
function display(value, labelPrefix) {
  if (value === undefined || value === null || value === '') return t('outbox.empty-value');
  if (Array.isArray(value)) return value.join(', ');
  if (value === true || value === false) return t(value ? 'common.yes' : 'common.no');
  return labelPrefix && has(`${labelPrefix}${value}`) ? t(`${labelPrefix}${value}`) : String(value);
}

/** One row per field that differs: the officer's value, the server's, and a choice between them. */
function conflict(item, ctx) {
  const { mine, server, base, serverEtag } = item.conflict;
  const unseen = item.conflict.unseen || [];
  const labels = item.valueLabels || {};
  const fields = Object.keys(mine).filter((name) => !same(mine[name], server[name]));
  const rows = fields.map((name) => {
    const group = `choice-${item.id}-${name}`;
    const theyChanged = !same(server[name], base[name]);
    const iChanged = !same(mine[name], base[name]);
    // a field only one side changed starts on that side's value, still shown to be checked; a field
    // both changed has no default: the officer must choose
    return h(
      'tr',
      { dataset: { field: name } },
      h('th', { scope: 'row' }, t(`field.${name}`)),
      h('td', {}, h('input', { type: 'radio', name: group, id: `${group}-mine`, value: 'mine', required: true, checked: iChanged && !theyChanged }), ' ', h('label', { for: `${group}-mine` }, h('bdi', {}, display(mine[name], labels[name])))),
      h(
        'td',
        {},
        h('input', { type: 'radio', name: group, id: `${group}-server`, value: 'server', checked: theyChanged && !iChanged }),
        ' ',
        h('label', { for: `${group}-server` }, h('bdi', {}, display(server[name], labels[name]))),
        theyChanged ? [' ', h('span', { class: 'badge badge-conflict' }, t('outbox.changed-meanwhile'))] : null,
      ),
    );
  });
  const form = h(
    'form',
    {
      class: 'conflict',
      onsubmit: async (event) => {
        event.preventDefault();
        const chosen = { ...item.body };
        for (const name of fields) {
          const picked = form.querySelector(`input[name="choice-${item.id}-${name}"]:checked`).value;
          chosen[name] = picked === 'mine' ? mine[name] : server[name];
        }
        if (unseen.length === 0 && fields.every((name) => same(chosen[name], server[name]))) {
          await outbox.discard(item.id); // the server's values kept: nothing left to send
        } else {
          await outbox.resolve(item.id, chosen, serverEtag);
        }
        ctx.rerender();
      },
    },
    h('p', { class: 'alert' }, t('outbox.conflict-explained')),
    h(
      'table',
      {},
      h('caption', {}, t('outbox.conflict-caption')),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('outbox.field')), h('th', { scope: 'col' }, t('outbox.mine')), h('th', { scope: 'col' }, t('outbox.server')))),
      h('tbody', {}, rows),
    ),
    unseen.length
      ? h('p', { class: 'warning' }, t('outbox.conflict-also-sends', { fields: unseen.map((name) => t(`field.${name}`)).join(', ') }))
      : null,
    h('button', { type: 'submit', class: 'primary' }, t('outbox.apply-choice')),
  );
  return form;
}
