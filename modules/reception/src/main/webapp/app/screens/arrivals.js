// The arrivals queue: people from the border's feed and walk-ins, the ones who must be seen first
// on top (see priority() in reception.js for the order and where it comes from), each with the signs
// that matter and a link to the arrival. The API pages newest first and filters by nothing but the
// border's encounter, so the queue reads the latest page and filters it here.
import { t, fmt } from '../shell/i18n.js';
import { h, field, select } from '../shell/dom.js';
import { read, offlineNote, name, signs, priority, byPriority, useStyles } from './reception.js';

const PAGE = 200;
const FILTERS = ['all', 'waiting', 'referred'];

function matches(filter, arrival) {
  const referred = (arrival.referrals || []).length > 0;
  if (filter === 'waiting') return !referred;
  if (filter === 'referred') return referred;
  return true;
}

export default {
  async render(view, ctx) {
    useStyles();
    const filter = FILTERS.includes(ctx.params[0]) ? ctx.params[0] : 'all';
    const answer = await read(`arrivals?limit=${PAGE}`);
    const arrivals = answer.body.filter((arrival) => matches(filter, arrival)).sort(byPriority);

    const chooser = select('filter', FILTERS.map((value) => [value, t(`arrivals.filter.${value}`)]), {
      id: 'arrivals-filter',
      onchange: (event) => ctx.navigate(`#/arrivals/${event.target.value}`),
    });
    chooser.value = filter;

    view.append(
      h('h1', {}, t('arrivals.title')),
      offlineNote(answer),
      h(
        'div',
        { class: 'actions queue-bar' },
        h('a', { href: '#/arrival/new', class: 'button primary', id: 'new-arrival' }, t('arrivals.new')),
        field('arrivals.filter', chooser, { hint: 'arrivals.filter.hint' }),
      ),
      h('p', { class: 'hint' }, t('arrivals.priority.explained')),
    );
    if (arrivals.length === 0) {
      view.append(h('p', { class: 'muted' }, t('arrivals.none')));
      return;
    }
    view.append(
      h(
        'table',
        { class: 'queue', id: 'arrivals-queue' },
        h('caption', {}, t('arrivals.caption', { count: fmt.number(arrivals.length) })),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['arrivals.priority', 'reception.person.name', 'arrivals.signs', 'arrivals.from', 'arrivals.registered-at'].map((key) => h('th', { scope: 'col' }, t(key))),
          ),
        ),
        h(
          'tbody',
          {},
          arrivals.map((arrival) => {
            const rank = priority(arrival);
            return h(
              'tr',
              { dataset: { arrival: arrival.id, rank: rank.rank } },
              h('td', {}, t(`arrivals.priority.${rank.reason}`)),
              h('th', { scope: 'row' }, h('a', { href: `#/arrival/${arrival.id}` }, name(arrival))),
              h('td', {}, signs(arrival)),
              h('td', {}, t(arrival.sourceEncounterId ? 'arrivals.from.border' : arrival.sourceReturnCaseId ? 'arrivals.from.return' : 'arrivals.from.desk')),
              h('td', {}, fmt.dateTime(arrival.registeredAt)),
            );
          }),
        ),
      ),
    );
    if (answer.body.length >= PAGE) view.append(h('p', { class: 'muted' }, t('arrivals.latest-only', { count: fmt.number(PAGE) })));
  },
};
