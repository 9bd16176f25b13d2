// An arrival's referrals (#/referrals/<id>): the channels decided, a new decision after
// counselling, the wish to seek asylum heard here, and referrals to partners with consent.
//
// How the API expresses the asylum-referral rule (reception.asylum-referral, Arrival.decideReferrals):
// a person who asked for asylum (asylumRequestedAt) is referred to ASYLUM_PROCEDURE the moment the
// wish is known, no decision may leave that channel out (422 naming the rule), and decided channels
// are never taken away (PUT referrals only adds). So the screen shows that referral as fixed, says
// why with the rule's basis, and always sends it with the decision. The basis is the code's, not
// the profile's (the profile does not hold this rule): the catalogue carries it as
// referrals.asylum-fixed.basis; a refusal still shows the server's own basis.
import { t, fmt } from '../shell/i18n.js';
import { h, field, select, checkbox, clearFieldErrors, badge } from '../shell/dom.js';
import { read, offlineNote, arrivalHeader, plainName, send, CHANNELS, useStyles } from './reception.js';

const PURPOSES = ['ASSISTED_VOLUNTARY_RETURN', 'CHILD_PROTECTION', 'TRAFFICKING_ASSISTANCE', 'MEDICAL_CARE', 'FAMILY_TRACING'];

export default {
  async render(view, ctx) {
    useStyles();
    const id = ctx.params[0];
    if (!id) {
      ctx.navigate('#/arrivals');
      return;
    }
    const answer = await read(`arrivals/${encodeURIComponent(id)}`);
    const arrival = answer.body;
    view.append(arrivalHeader(arrival, 'referrals'), offlineNote(answer), decided(arrival));
    if (!answer.offline) {
      if (!arrival.asylumRequestedAt) view.append(asylumRequest(arrival, answer.etag, ctx));
      view.append(decision(arrival, answer.etag, ctx));
    }
    view.append(await partners(arrival, ctx));
  },
};

function fixed(arrival, channel) {
  return channel === 'ASYLUM_PROCEDURE' && !!arrival.asylumRequestedAt;
}

function decided(arrival) {
  const section = h('section', { 'aria-labelledby': 'decided-title' }, h('h2', { id: 'decided-title' }, t('referrals.decided')));
  if ((arrival.referrals || []).length === 0) {
    section.append(h('p', { class: 'muted' }, t('referrals.none')));
    return section;
  }
  section.append(
    h(
      'table',
      { id: 'referrals-decided' },
      h('caption', {}, t('referrals.decided')),
      h('thead', {}, h('tr', {}, ['referrals.channel', 'referrals.decided-at', 'referrals.decided-by', 'referrals.reason'].map((key) => h('th', { scope: 'col' }, t(key))))),
      h(
        'tbody',
        {},
        arrival.referrals.map((referral) =>
          h(
            'tr',
            { dataset: { channel: referral.channel } },
            h('th', { scope: 'row' }, t(`reception.channel.${referral.channel}`), fixed(arrival, referral.channel) ? [' ', badge('protection', t('referrals.fixed'))] : null),
            h('td', {}, fmt.dateTime(referral.decidedAt)),
            h('td', {}, h('bdi', {}, referral.decidedBy)),
            h('td', {}, referral.reason ? h('bdi', {}, referral.reason) : ''),
          ),
        ),
      ),
    ),
  );
  if (arrival.asylumRequestedAt) {
    section.append(
      h(
        'div',
        { class: 'rule-fixed', id: 'asylum-fixed', dataset: { rule: 'reception.asylum-referral' } },
        h('p', {}, h('strong', {}, t('referrals.asylum-fixed', { at: fmt.dateTime(arrival.asylumRequestedAt), where: t(`reception.where.${arrival.asylumRequestedWhere || 'RECEPTION'}`) }))),
        h('p', {}, t('rule.reception.asylum-referral')),
        h('p', { class: 'rule-basis' }, `${t('common.legal-basis')}: `, h('bdi', {}, t('referrals.asylum-fixed.basis'))),
        h('p', { class: 'muted' }, `${t('common.rule')}: `, h('code', {}, 'reception.asylum-referral')),
      ),
    );
  }
  return section;
}

/** The person asks for asylum here: recorded on the arrival, which refers them at once. */
function asylumRequest(arrival, etag, ctx) {
  const outcome = h('div', { 'aria-live': 'assertive' });
  return h(
    'section',
    { 'aria-labelledby': 'asylum-title', class: 'protect' },
    h('h2', { id: 'asylum-title' }, t('referrals.asylum.title')),
    h('p', { class: 'hint' }, t('referrals.asylum.hint')),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'button',
          class: 'primary',
          id: 'asylum-request',
          onclick: async () => {
            // no body: a conflict has no field to choose, so a 412 is shown and the screen read again
            const sent = await send({ method: 'POST', path: `arrivals/${arrival.id}/asylum-request`, ifMatch: etag, label: t('referrals.asylum.label', { name: plainName(arrival) }) }, { outcome, ctx });
            if (sent && sent.state === 'sent') {
              ctx.notify(t('referrals.asylum.saved'), 'good');
              ctx.rerender();
            }
          },
        },
        t('referrals.asylum.submit'),
      ),
    ),
    outcome,
  );
}

/** A referral decision: decided channels stay (shown checked, unchangeable), new ones are added. */
function decision(arrival, etag, ctx) {
  const already = new Set((arrival.referrals || []).map((referral) => referral.channel));
  const boxes = CHANNELS.map((channel) => {
    const box = checkbox('channels', `reception.channel.${channel}`, { value: channel, checked: already.has(channel), disabled: already.has(channel) });
    if (fixed(arrival, channel)) box.append(' ', badge('protection', t('referrals.fixed')));
    else if (already.has(channel)) box.append(' ', h('span', { class: 'muted' }, t('referrals.already')));
    return box;
  });
  const reason = h('textarea', { name: 'reason', rows: 2, id: 'referral-reason' });
  const outcome = h('div', { 'aria-live': 'assertive' });
  const form = h(
    'form',
    {
      id: 'referral-decision',
      novalidate: true,
      onsubmit: async (event) => {
        event.preventDefault();
        clearFieldErrors(form);
        const channels = CHANNELS.filter((channel) => form.querySelector(`input[name="channels"][value="${channel}"]`).checked);
        if (channels.every((channel) => already.has(channel))) {
          form.querySelector('[data-field="channels-set"] .error').textContent = t('referrals.choose-new');
          form.querySelector('input[name="channels"]:not([disabled])')?.focus();
          return;
        }
        const body = { channels, reason: reason.value.trim() || undefined };
        // base and serverPaths: only top-level fields can be compared by the shell, and the
        // referrals are a list of records; a change made meanwhile is refused (412) and shown
        const sent = await send(
          { method: 'PUT', path: `arrivals/${arrival.id}/referrals`, body, ifMatch: etag, label: t('referrals.decision.label', { name: plainName(arrival) }) },
          { form, outcome, ctx },
        );
        if (sent && sent.state === 'sent') {
          ctx.notify(t('referrals.decision.saved'), 'good');
          ctx.rerender();
        }
      },
    },
    h('h2', {}, t('referrals.decision')),
    h('fieldset', { dataset: { field: 'channels-set' } }, h('legend', {}, t('referrals.channels')), h('p', { class: 'hint' }, t('referrals.channels.hint')), boxes, h('p', { class: 'error', 'aria-live': 'polite' })),
    field('referrals.reason', reason, { hint: 'referrals.reason.hint' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', id: 'referral-submit' }, t('referrals.decision.submit'))),
    outcome,
  );
  return form;
}

/** Referrals to partner organisations: listed, and made with consent or its documented reason. */
async function partners(arrival, ctx) {
  const section = h('section', { 'aria-labelledby': 'partners-title', id: 'partner-referrals' }, h('h2', { id: 'partners-title' }, t('referrals.partners.title')));
  const [list, registered] = await Promise.all([read(`arrivals/${arrival.id}/partner-referrals`), read('partners')]);
  const partnerName = (pid) => (registered.body.find((p) => p.id === pid) || {}).name || pid;
  if (list.body.length === 0) section.append(h('p', { class: 'muted' }, t('referrals.partners.none')));
  else {
    section.append(
      h(
        'table',
        { id: 'partner-referrals-list' },
        h('caption', {}, t('referrals.partners.title')),
        h('thead', {}, h('tr', {}, ['referrals.partners.partner', 'referrals.partners.purpose', 'referrals.partners.consent', 'referrals.partners.status', 'referrals.partners.referred-at'].map((key) => h('th', { scope: 'col' }, t(key))))),
        h(
          'tbody',
          {},
          list.body.map((referral) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, h('bdi', {}, partnerName(referral.partnerId))),
              h('td', {}, t(`reception.purpose.${referral.purpose}`)),
              h('td', {}, referral.consentGiven ? t('referrals.partners.consent.given') : [t('referrals.partners.consent.not-needed'), ': ', h('bdi', {}, referral.consentNotNeededReason || '')]),
              h('td', {}, t(`referrals.partners.status.${referral.status}`)),
              h('td', {}, fmt.dateTime(referral.referredAt)),
            ),
          ),
        ),
      ),
    );
  }
  if (registered.body.length === 0 || list.offline) return section;

  const partner = select('partnerId', registered.body.map((p) => [p.id, p.name]), { id: 'partner' });
  const purpose = select('purpose', [], { id: 'purpose' });
  const shared = h('p', { class: 'hint', id: 'partner-shared', 'aria-live': 'polite' });
  function purposes() {
    const chosen = registered.body.find((p) => p.id === partner.value);
    const allowed = PURPOSES.filter((value) => chosen && chosen.purposes && chosen.purposes[value]);
    purpose.replaceChildren(...allowed.map((value) => h('option', { value }, t(`reception.purpose.${value}`))));
    fields();
  }
  function fields() {
    const chosen = registered.body.find((p) => p.id === partner.value);
    const list = (chosen && chosen.purposes && chosen.purposes[purpose.value]) || [];
    shared.textContent = t('referrals.partners.shared', { fields: list.map((f) => t(`reception.shared.${f}`)).join(', ') || t('common.none') });
  }
  partner.addEventListener('change', purposes);
  purpose.addEventListener('change', fields);
  purposes();

  const consent = h(
    'fieldset',
    { class: 'radios', dataset: { field: 'consent' } },
    h('legend', {}, t('referrals.partners.consent')),
    h('div', { class: 'check' }, h('input', { type: 'radio', name: 'consentKind', id: 'consent-given', value: 'given' }), h('label', { for: 'consent-given' }, t('referrals.partners.consent.given.question'))),
    h('div', { class: 'check' }, h('input', { type: 'radio', name: 'consentKind', id: 'consent-not-needed', value: 'not-needed' }), h('label', { for: 'consent-not-needed' }, t('referrals.partners.consent.not-needed.question'))),
    h('p', { class: 'error', 'aria-live': 'polite' }),
  );
  const notNeeded = h('textarea', { name: 'notNeededReason', rows: 2, id: 'not-needed-reason' });
  const outcome = h('div', { 'aria-live': 'assertive' });
  const form = h(
    'form',
    {
      id: 'partner-referral',
      novalidate: true,
      onsubmit: async (event) => {
        event.preventDefault();
        clearFieldErrors(form);
        const kind = form.querySelector('input[name="consentKind"]:checked');
        const body = { partnerId: partner.value, purpose: purpose.value || undefined };
        if (kind && kind.value === 'given') body.consent = { given: true };
        if (kind && kind.value === 'not-needed') body.notNeededReason = notNeeded.value.trim() || undefined;
        // no consent chosen is sent as it is: the server's rule reception.partner.consent says why
        const sent = await send(
          { method: 'POST', path: `arrivals/${arrival.id}/partner-referrals`, body, label: t('referrals.partners.label', { name: plainName(arrival), partner: partnerName(partner.value) }) },
          { form, outcome, ctx },
        );
        if (sent && sent.state === 'sent') {
          ctx.notify(t('referrals.partners.saved'), 'good');
          ctx.rerender();
        }
      },
    },
    h('h3', {}, t('referrals.partners.new')),
    h('div', { class: 'grid' }, field('referrals.partners.partner', partner), field('referrals.partners.purpose', purpose)),
    shared,
    consent,
    field('referrals.partners.not-needed-reason', notNeeded, { hint: 'referrals.partners.not-needed-reason.hint' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'partner-submit' }, t('referrals.partners.submit'))),
    outcome,
  );
  section.append(form);
  return section;
}
