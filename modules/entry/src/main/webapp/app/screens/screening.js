// Screening where the legal profile has it: the encounters whose screening is still open, the one
// due first at the top, and the form with its clock — the day it is due, how that day was computed
// and on which rule, and a warning when the rule is not confirmed.
import { api, readKept } from '../shell/api.js';
import { t, fmt } from '../shell/i18n.js';
import { h, field, input, select, checkbox, badge, personName } from '../shell/dom.js';
import { sendChange, offlineCopy } from './encounter.js';

const REASONS = ['UNAUTHORISED_CROSSING', 'SEARCH_AND_RESCUE_DISEMBARKATION', 'APPLICATION_AT_BORDER', 'ILLEGAL_STAY_IN_TERRITORY'];
const TEXTS = ['healthCheckResult', 'vulnerabilityCheckResult', 'specialReceptionOrProceduralNeeds', 'familyMembersInOtherStates'];
const FLAGS = ['noFurtherHealthCheckNeeded', 'databaseHit', 'cooperated', 'complete'];
// 'complete' is not compared: the record shows completedAt instead
const PATHS = Object.fromEntries(['reason', 'previousResidenceCountries', ...TEXTS, ...FLAGS.filter((name) => name !== 'complete')].map((name) => [name, `screening.${name}`]));

function today() {
  return new Date().toISOString().slice(0, 10);
}

export function clock(screening) {
  if (!screening || !screening.due) return null;
  const days = Math.round((Date.parse(screening.due) - Date.parse(today())) / 86400000);
  if (screening.completedAt) return badge('ok', t('screening.completed', { date: fmt.dateTime(screening.completedAt) }));
  if (days < 0) return badge('overdue', t('screening.overdue', { days: fmt.number(-days) }));
  return badge('due', days === 0 ? t('screening.due-today') : t('screening.due-in', { days: fmt.number(days) }));
}

export default {
  async render(view, ctx) {
    if (ctx.params[0]) return form(view, ctx, ctx.params[0]);
    view.append(h('h1', {}, t('screening.title')));
    const open = (await api.get('encounters?screening=open&limit=200')).body;
    if (open.length === 0) {
      view.append(h('p', {}, t('screening.none')));
      return undefined;
    }
    view.append(
      h(
        'table',
        {},
        h('caption', {}, t('screening.caption')),
        h('thead', {}, h('tr', {}, ['person.name', 'screening.due', 'screening.clock'].map((key) => h('th', { scope: 'col' }, t(key))))),
        h(
          'tbody',
          {},
          open.map((encounter) =>
            h(
              'tr',
              { dataset: { encounter: encounter.id } },
              h('td', {}, h('a', { href: `#/screening/${encounter.id}` }, personName(encounter.person))),
              h('td', {}, fmt.date(encounter.screening.due)),
              h('td', {}, clock(encounter.screening)),
            ),
          ),
        ),
      ),
    );
    return undefined;
  },
};

async function form(view, ctx, id) {
  const answer = await readKept(`encounters/${encodeURIComponent(id)}`);
  const encounter = answer.body;
  const s = encounter.screening;
  view.append(h('h1', {}, t('screening.form-title'), ' — ', personName(encounter.person)));
  if (answer.offlineCopyOf) view.append(offlineCopy(answer.offlineCopyOf));
  if (!s) {
    view.append(h('p', { class: 'warning' }, t('screening.not-applicable')));
    return;
  }
  view.append(
    h(
      'div',
      { class: 'clock card' },
      h('p', { class: 'card-title' }, t('screening.due'), ': ', fmt.date(s.due), ' ', clock(s)),
      s.dueExplanation ? h('p', { lang: 'en', dir: 'ltr' }, s.dueExplanation) : null,
      s.dueRule ? h('p', { class: 'muted' }, `${t('common.rule')}: `, h('code', {}, s.dueRule)) : null,
      s.dueUnconfirmed ? h('p', { class: 'warning' }, t('screening.unconfirmed')) : null,
    ),
  );
  const locked = !!s.completedAt;
  const reason = select('reason', [['', t('common.none')], ...REASONS.map((value) => [value, t(`screening.reason.${value}`)])], { disabled: locked });
  reason.value = s.reason || '';
  const countries = input('previousResidenceCountries', { value: (s.previousResidenceCountries || []).join(', '), disabled: locked });
  const result = h('div', { 'aria-live': 'assertive' });
  const formElement = h(
    'form',
    {
      class: 'screening-form',
      onsubmit: async (event) => {
        event.preventDefault();
        const body = {
          reason: reason.value || undefined,
          previousResidenceCountries: countries.value.split(/[\s,]+/).filter(Boolean).map((code) => code.toUpperCase()),
        };
        for (const name of TEXTS) body[name] = formElement.querySelector(`[name="${name}"]`).value.trim() || undefined;
        for (const name of FLAGS) body[name] = formElement.querySelector(`[name="${name}"]`).checked;
        const base = Object.fromEntries(Object.keys(PATHS).map((name) => [name, s[name]]));
        await sendChange(formElement, result, ctx, {
          method: 'PUT',
          path: `encounters/${encounter.id}/screening`,
          body,
          ifMatch: answer.etag,
          resource: `encounters/${encounter.id}`,
          base,
          serverPaths: PATHS,
          label: t('screening.form-title'),
        });
      },
    },
    h(
      'div',
      { class: 'grid' },
      field('screening.reason', reason),
      field('screening.previous-residence', countries, { hint: 'person.nationality.hint' }),
      TEXTS.map((name) => {
        const area = h('textarea', { name, rows: 2, disabled: locked });
        area.value = s[name] || '';
        return field(`screening.${name}`, area);
      }),
    ),
    FLAGS.map((name) => checkbox(name, `screening.${name}`, { checked: !!s[name], disabled: locked })),
    locked ? h('p', { class: 'good' }, t('screening.locked')) : h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('common.save'))),
  );
  view.append(formElement, result);
}
