// Accommodation (#/accommodation, or #/accommodation/<arrivalId> to place a person): every
// facility with its occupancy counted now, read again every 15 seconds while the screen is open,
// and the placement form. A placement the rules refuse (a child alone in an adult place, a
// (possible) victim of trafficking outside a safe house, a household split, no room) is shown in
// plain words with its legal basis, never as a code.
import { t, fmt } from '../shell/i18n.js';
import { h, field, select, clearFieldErrors } from '../shell/dom.js';
import { read, readOrNull, offlineNote, arrivalHeader, plainName, send, useStyles } from './reception.js';

const REFRESH_MS = 15000;
const PLACE_TYPES = ['ADULT_MALE', 'ADULT_FEMALE', 'FAMILY', 'CHILD'];

export default {
  async render(view, ctx) {
    useStyles();
    const arrivalId = ctx.params[0];
    let arrival = null;
    if (arrivalId) {
      const answer = await read(`arrivals/${encodeURIComponent(arrivalId)}`);
      arrival = answer.body;
      view.append(arrivalHeader(arrival, 'accommodation'), offlineNote(answer));
    } else {
      view.append(h('h1', {}, t('accommodation.title')));
    }
    const board = h('section', { 'aria-labelledby': 'facilities-title', id: 'facilities' });
    const facilities = await refresh(board);
    if (arrival) view.append(await placement(arrival, facilities, ctx));
    view.append(board);

    // live occupancy: read again while this very screen is shown, stop once it is replaced
    const timer = setInterval(async () => {
      if (!board.isConnected) {
        clearInterval(timer);
        return;
      }
      await refresh(board).catch(() => {});
    }, REFRESH_MS);
  },
};

async function refresh(board) {
  const answer = await read('facilities');
  board.replaceChildren(
    h('h2', { id: 'facilities-title' }, t('accommodation.facilities')),
    h('p', { class: 'hint', id: 'occupancy-as-of' }, t(answer.offline ? 'accommodation.as-of.offline' : 'accommodation.as-of', { at: fmt.time(answer.offline ? answer.at : new Date()) })),
    offlineNote(answer),
    answer.body.length === 0 ? h('p', { class: 'muted' }, t('accommodation.none')) : h('ul', { class: 'cards facilities' }, answer.body.map(facilityCard)),
  );
  return answer.body;
}

function percent(occupied, capacity) {
  return capacity > 0 ? Math.round((occupied * 100) / capacity) : occupied > 0 ? 100 : 0;
}

function facilityCard(facility) {
  const titleId = `facility-${facility.id}`;
  return h(
    'li',
    { class: 'card facility', dataset: { facility: facility.id }, 'aria-labelledby': titleId },
    h('h3', { class: 'card-title', id: titleId }, h('bdi', {}, facility.name), ' ', h('span', { class: 'muted' }, t(`reception.facility.${facility.kind}`), facility.location ? [' · ', h('bdi', {}, facility.location)] : null)),
    h(
      'p',
      { class: 'occupancy' },
      h('strong', { class: 'occupancy-figure' }, t('accommodation.occupancy', { occupied: fmt.number(facility.occupied), capacity: fmt.number(facility.capacity), percent: fmt.number(percent(facility.occupied, facility.capacity)) })),
    ),
    h(
      'table',
      { class: 'places' },
      h('caption', {}, t('accommodation.places', { name: facility.name })),
      h('thead', {}, h('tr', {}, ['accommodation.place-type', 'accommodation.occupied', 'accommodation.free', 'accommodation.fill'].map((key) => h('th', { scope: 'col' }, t(key))))),
      h(
        'tbody',
        {},
        facility.places.map((place) => {
          const full = place.free <= 0;
          return h(
            'tr',
            { dataset: { placeType: place.placeType } },
            h('th', { scope: 'row' }, t(`reception.place.${place.placeType}`)),
            h('td', {}, t('accommodation.of', { occupied: fmt.number(place.occupied), capacity: fmt.number(place.capacity) }), place.overCapacity > 0 ? [' ', h('span', { class: 'badge badge-overdue' }, t('accommodation.over', { count: fmt.number(place.overCapacity) }))] : null),
            h('td', {}, full ? h('span', { class: 'badge badge-overdue' }, t('accommodation.full')) : fmt.number(place.free)),
            h('td', {}, h('meter', { min: 0, max: Math.max(place.capacity, place.occupied, 1), value: place.occupied, high: Math.max(place.capacity, 1) * 0.9, optimum: 0, 'aria-label': t('accommodation.fill.label', { type: t(`reception.place.${place.placeType}`), percent: fmt.number(percent(place.occupied, place.capacity)) }) }), ' ', `${fmt.number(percent(place.occupied, place.capacity))} %`),
          );
        }),
      ),
    ),
  );
}

/** Where the person is now and the form for a first place or a transfer. */
async function placement(arrival, facilities, ctx) {
  const section = h('section', { 'aria-labelledby': 'placement-title', id: 'placement' }, h('h2', { id: 'placement-title' }, t('accommodation.place.title')));
  const [current, groups] = await Promise.all([readOrNull(`arrivals/${arrival.id}/allocation`), readOrNull(`households?arrivalId=${arrival.id}`)]);
  const household = groups && groups.body[0];
  const allocation = current && current.body;
  const facilityName = (id) => (facilities.find((f) => f.id === id) || {}).name || id;
  if (allocation) {
    section.append(
      h(
        'p',
        { class: 'good', id: 'current-place' },
        t('accommodation.placed', { facility: facilityName(allocation.facilityId), type: t(`reception.place.${allocation.placeType}`), at: fmt.dateTime(allocation.allocatedAt) }),
        allocation.emergencyOverride ? [' ', h('span', { class: 'badge badge-overdue' }, t('accommodation.override'))] : null,
      ),
    );
  } else {
    section.append(h('p', { class: 'muted', id: 'current-place' }, t('accommodation.not-placed')));
  }
  if (household) section.append(h('p', { class: 'hint' }, t('accommodation.household', { label: household.label || t(`reception.group.${household.kind}`), count: fmt.number(household.members.length) })));
  if (current && current.offline) return section;

  const facility = select('facilityId', [['', t('accommodation.choose-facility')], ...facilities.map((f) => [f.id, `${f.name} (${t('accommodation.free.short', { free: fmt.number(f.places.reduce((sum, p) => sum + Math.max(p.free, 0), 0)) })})`])], { id: 'facility' });
  const placeType = select('placeType', PLACE_TYPES.map((value) => [value, t(`reception.place.${value}`)]), { id: 'place-type' });
  placeType.value = arrival.unaccompaniedChild ? 'CHILD' : household ? 'FAMILY' : arrival.sex === 'F' ? 'ADULT_FEMALE' : 'ADULT_MALE';
  const reason = h('textarea', { name: 'reason', rows: 2, id: 'transfer-reason' });
  const override = h('textarea', { name: 'emergencyOverrideReason', rows: 2, id: 'override-reason' });
  const outcome = h('div', { 'aria-live': 'assertive', id: 'placement-outcome' });
  const form = h(
    'form',
    {
      id: 'placement-form',
      novalidate: true,
      onsubmit: async (event) => {
        event.preventDefault();
        clearFieldErrors(form);
        const body = { facilityId: facility.value || undefined, placeType: placeType.value, emergencyOverrideReason: override.value.trim() || undefined };
        const label = t('accommodation.label', { name: plainName(arrival), facility: facilityName(facility.value) });
        let request;
        if (allocation) {
          body.reason = reason.value.trim() || undefined;
          request = {
            method: 'POST',
            path: `arrivals/${arrival.id}/allocation/transfer`,
            body,
            label,
            ifMatch: current.etag,
            resource: `arrivals/${arrival.id}/allocation`,
            base: { facilityId: allocation.facilityId, placeType: allocation.placeType, reason: allocation.reason },
            serverPaths: { facilityId: 'facilityId', placeType: 'placeType', reason: 'reason' },
            valueLabels: { placeType: 'reception.place.' },
          };
        } else {
          if (household) body.householdId = household.id;
          request = { method: 'POST', path: `arrivals/${arrival.id}/allocation`, body, label };
        }
        const sent = await send(request, { form, outcome, ctx });
        if (sent && sent.state === 'sent') {
          ctx.notify(t('accommodation.saved', { facility: facilityName(facility.value) }), 'good');
          ctx.rerender();
        }
      },
    },
    h('h3', {}, t(allocation ? 'accommodation.transfer' : 'accommodation.allocate')),
    h('div', { class: 'grid' }, field('accommodation.facility', facility, { required: true }), field('accommodation.place-type', placeType, { required: true })),
    allocation ? field('accommodation.reason', reason) : null,
    field('accommodation.override-reason', override, { hint: 'accommodation.override-reason.hint' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', id: 'placement-submit' }, t(allocation ? 'accommodation.transfer.submit' : 'accommodation.allocate.submit'))),
    outcome,
  );
  section.append(form);
  return section;
}
