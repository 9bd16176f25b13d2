// One encounter as the officer works on it: who the person is and the signs that protect them,
// then what can be done next — record a request for protection, decide the outcome, and for a
// supervisor revise it with reasons. A refusal the law forbids comes back as the rule in plain
// words with its basis. Every change goes through the offline queue with the ETag it was read with.
import { readKept } from '../shell/api.js';
import { sendChange as sendThroughQueue } from '../shell/changes.js';
import { t, fmt } from '../shell/i18n.js';
import { h, field, input, select, ruleRefusal, personName, personLabel, facts } from '../shell/dom.js';
import { hasRole } from '../shell/session.js';
import { encounterSigns, refusalGrounds } from './border.js';

export const OUTCOMES = ['ADMITTED', 'REFERRED_TO_ASYLUM_PROCEDURE', 'REFERRED_TO_RECEPTION', 'REFERRED_TO_CHILD_PROTECTION', 'HANDED_TO_DETENTION', 'REFUSED_ENTRY'];
const OUTCOME_PATHS = { outcome: 'outcome.kind', refusalGround: 'outcome.refusalGround', note: 'outcome.note', detentionReasons: 'outcome.detentionReasons' };

/** Sends a change and, unless the server refused it, shows the record as it now stands. */
export async function sendChange(form, resultBox, ctx, request) {
  const after = await sendThroughQueue(request, { form, result: resultBox, ctx });
  if (after) {
    if (after.state === 'sent') ctx.notify(t('encounter.saved'), 'good');
    ctx.rerender();
  }
  return after;
}

function outcomeFields({ withReasons, grounds }) {
  const kind = select('outcome', [['', t('encounter.outcome.choose')], ...OUTCOMES.map((value) => [value, t(`outcome.${value}`)])], { required: true });
  const ground = field(
    'encounter.outcome.refusal-ground',
    grounds.length ? select('refusalGround', [['', t('encounter.outcome.choose')], ...grounds.map((g) => [g.code, g.label])]) : input('refusalGround'),
    { hint: 'encounter.outcome.refusal-ground.hint' },
  );
  const reasons = field('encounter.outcome.detention-reasons', h('textarea', { name: 'detentionReasons', rows: 3 }), { hint: 'encounter.outcome.detention-reasons.hint' });
  const show = () => {
    ground.hidden = kind.value !== 'REFUSED_ENTRY';
    reasons.hidden = kind.value !== 'HANDED_TO_DETENTION';
  };
  kind.addEventListener('change', show);
  show();
  return [
    field('encounter.outcome.kind', kind, { required: true }),
    ground,
    reasons,
    field('encounter.outcome.note', h('textarea', { name: 'note', rows: 2 })),
    withReasons ? field('encounter.revision.reasons', h('textarea', { name: 'reasons', rows: 3 }), { required: true, hint: 'encounter.revision.reasons.hint' }) : null,
  ];
}

function valuesOf(form, names) {
  const body = {};
  for (const name of names) {
    const control = form.querySelector(`[name="${name}"]`);
    if (control && !control.closest('[hidden]') && control.value.trim()) body[name] = control.value.trim();
  }
  return body;
}

function outcomeBase(encounter) {
  const o = encounter.outcome || {};
  return { outcome: o.kind, refusalGround: o.refusalGround, note: o.note, detentionReasons: o.detentionReasons };
}

/** Says that what is shown is this browser's copy, read before the line went down. */
export function offlineCopy(readAt) {
  return h('p', { class: 'warning offline-copy' }, t('encounter.offline-copy', { time: fmt.dateTime(readAt) }));
}

export default {
  async render(view, ctx) {
    const id = ctx.params[0];
    const answer = await readKept(`encounters/${encodeURIComponent(id)}`);
    const encounter = answer.body;
    const etag = answer.etag;
    const p = encounter.person;
    const resource = `encounters/${encounter.id}`;
    const label = personLabel(p);

    view.append(h('h1', {}, personName(p)), h('p', { class: 'signs' }, encounterSigns(encounter)));
    if (answer.offlineCopyOf) view.append(offlineCopy(answer.offlineCopyOf));
    view.append(
      facts([
        ['encounter.kind', t(`kind.${encounter.kind}`)],
        ['encounter.occurred-at', fmt.dateTime(encounter.occurredAt)],
        ['person.date-of-birth', p.dateOfBirth ? `${fmt.date(p.dateOfBirth)}${p.dateOfBirthEstimated ? ` (${t('person.estimated')})` : ''}` : ''],
        ['person.sex', p.sex ? t(`sex.${p.sex}`) : ''],
        ['person.nationality', (p.nationalities || []).join(', ')],
        ['person.languages', (p.languages || []).join(', ')],
        ['encounter.protection-requested-at', encounter.protectionRequestedAt ? fmt.dateTime(encounter.protectionRequestedAt) : ''],
        ['encounter.protection-words', encounter.protectionRequestWords ? h('bdi', {}, encounter.protectionRequestWords) : ''],
        ['encounter.watchlist', encounter.watchlist ? t(`watchlist.${encounter.watchlist.status}`) : ''],
        ['encounter.screening-due', encounter.screening && encounter.screening.due ? h('a', { href: `#/screening/${encounter.id}` }, fmt.date(encounter.screening.due)) : ''],
        ['encounter.group', encounter.groupId ? h('a', { href: `#/groups/${encounter.groupId}` }, t('encounter.group.open')) : ''],
      ]),
    );
    if (encounter.documents.length) {
      view.append(
        h('h2', {}, t('counter.document')),
        h(
          'ul',
          {},
          encounter.documents.map((d) =>
            h('li', {}, h('bdi', { dir: 'ltr' }, `${d.number || ''} ${d.issuingState || ''}`), ' ', d.expiryDate ? fmt.date(d.expiryDate) : '', d.expired ? [' ', h('strong', {}, t('counter.mrz.expired'))] : null, d.mrzSummary ? [' — ', h('span', { lang: 'en' }, d.mrzSummary)] : null),
          ),
        ),
      );
    }
    if (encounter.specificNeeds.length) {
      view.append(h('h2', {}, t('counter.needs')), h('ul', {}, encounter.specificNeeds.map((need) => h('li', {}, t(`need.${need.category}`), need.note ? [' — ', h('bdi', {}, need.note)] : null))));
    }

    view.append(protectionSection(encounter, etag, resource, label, ctx));
    view.append(outcomeSection(encounter, etag, resource, label, ctx, await refusalGrounds()));
  },
};

function protectionSection(encounter, etag, resource, label, ctx) {
  const result = h('div', { 'aria-live': 'polite' });
  const form = h(
    'form',
    {
      class: 'protection',
      onsubmit: async (event) => {
        event.preventDefault();
        const words = form.querySelector('[name="words"]').value.trim();
        await sendChange(form, result, ctx, {
          method: 'POST',
          path: `${resource}/protection-request`,
          body: words ? { words } : {},
          // a request for protection is recorded whatever else changed meanwhile (If-Match: *):
          // it must never wait on a conflict; a lost answer costs at most one extra "asked again"
          ifMatch: '*',
          label: `${label} — ${t('encounter.protection.record')}`,
        });
      },
    },
    field('counter.protection.words', h('textarea', { name: 'words', rows: 2 }), { hint: 'counter.protection.words.hint' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t(encounter.protectionRequestedAt ? 'encounter.protection.again' : 'encounter.protection.record'))),
  );
  return h('section', { 'aria-labelledby': 'protection-title' }, h('h2', { id: 'protection-title' }, t('encounter.protection.title')), form, result);
}

function outcomeSection(encounter, etag, resource, label, ctx, grounds) {
  const section = h('section', { 'aria-labelledby': 'outcome-title' }, h('h2', { id: 'outcome-title' }, t('encounter.outcome.title')));
  const result = h('div', { class: 'result', 'aria-live': 'assertive' });
  const o = encounter.outcome;
  if (o) {
    section.append(
      h(
        'dl',
        { class: 'facts outcome' },
        h('dt', {}, t('encounter.outcome.kind')),
        h('dd', { dataset: { outcome: o.kind } }, t(`outcome.${o.kind}`), ' · ', t(`outcome.status.${o.status}`)),
        h('dt', {}, t('encounter.outcome.decided')),
        h('dd', {}, fmt.dateTime(o.decidedAt), ' ', h('bdi', {}, o.decidedBy)),
        o.refusalGround ? [h('dt', {}, t('encounter.outcome.refusal-ground')), h('dd', {}, o.refusalGround, o.refusalBasis ? [' — ', h('bdi', {}, o.refusalBasis)] : null)] : null,
        o.note ? [h('dt', {}, t('encounter.outcome.note')), h('dd', {}, h('bdi', {}, o.note))] : null,
        o.revisedFrom ? [h('dt', {}, t('encounter.revision.from')), h('dd', {}, t(`outcome.${o.revisedFrom}`), ' — ', h('bdi', {}, o.revisionReasons || ''))] : null,
      ),
    );
    if (o.suspension) {
      section.append(ruleRefusal({ rule: o.suspension.rule, legalBasis: o.suspension.legalBasis, detail: o.suspension.detail }));
    }
    if (o.status === 'DECIDED' && ['REFUSED_ENTRY', 'HANDED_TO_DETENTION'].includes(o.kind)) {
      const execute = h(
        'form',
        {
          onsubmit: async (event) => {
            event.preventDefault();
            await sendChange(execute, result, ctx, { method: 'POST', path: `${resource}/outcome/execution`, body: {}, ifMatch: etag, label: `${label} — ${t('encounter.execute')}` });
          },
        },
        h('p', { class: 'hint' }, t('encounter.execute.hint')),
        h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('encounter.execute'))),
      );
      section.append(execute);
    }
    if (o.status !== 'EXECUTED' && hasRole('border-supervisor')) {
      const revise = h(
        'form',
        {
          class: 'revision',
          onsubmit: async (event) => {
            event.preventDefault();
            await sendChange(revise, result, ctx, {
              method: 'POST',
              path: `${resource}/outcome/revision`,
              body: valuesOf(revise, ['outcome', 'refusalGround', 'note', 'detentionReasons', 'reasons']),
              ifMatch: etag,
              resource,
              base: outcomeBase(encounter),
              serverPaths: OUTCOME_PATHS,
              valueLabels: { outcome: 'outcome.' },
              label: `${label} — ${t('encounter.revision.title')}`,
            });
          },
        },
        h('fieldset', {}, h('legend', {}, t('encounter.revision.title')), outcomeFields({ withReasons: true, grounds })),
        h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('encounter.revision.save'))),
      );
      section.append(revise);
    }
  } else {
    const decide = h(
      'form',
      {
        class: 'decision',
        onsubmit: async (event) => {
          event.preventDefault();
          await sendChange(decide, result, ctx, {
            method: 'PUT',
            path: `${resource}/outcome`,
            body: valuesOf(decide, ['outcome', 'refusalGround', 'note', 'detentionReasons']),
            ifMatch: etag,
            resource,
            base: outcomeBase(encounter),
            serverPaths: OUTCOME_PATHS,
            valueLabels: { outcome: 'outcome.' },
            label: `${label} — ${t('encounter.outcome.title')}`,
          });
        },
      },
      outcomeFields({ withReasons: false, grounds }),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', id: 'decide' }, t('encounter.outcome.save'))),
    );
    section.append(decide);
  }
  section.append(result);
  return section;
}
