// The runs (#/runs, or #/runs/<exercise> to open one of that exercise): the open ones first, then
// the closed; and the form that opens a new run. Opening a run first checks the suite (a training
// instance, under the exercise's profile) and loads the exercise's shared setup, so it can take a
// while, and its refusals say which module is wrong.
import { api } from '../shell/api.js';
import { t, fmt } from '../shell/i18n.js';
import { h, field, input, select } from '../shell/dom.js';
import { send, sayPlain, exerciseTitle, count, useStyles } from './training.js';

export default {
  async render(view, ctx) {
    useStyles();
    const [runs, exercises] = await Promise.all([api.get('runs'), api.get('exercises')]);
    const list = [...runs.body].sort((a, b) => (a.state === 'OPEN' ? 0 : 1) - (b.state === 'OPEN' ? 0 : 1) || String(b.openedAt).localeCompare(String(a.openedAt)));
    view.append(h('h1', {}, t('runs.title')));
    view.append(list.length === 0 ? h('p', { class: 'muted' }, t('runs.none')) : table(list, exercises.body));
    view.append(openForm(exercises.body, ctx));
  },
};

function table(runs, exercises) {
  return h(
    'table',
    { id: 'runs' },
    h('caption', {}, t('runs.caption', { count: fmt.number(runs.length) })),
    h(
      'thead',
      {},
      h('tr', {}, ['runs.label', 'runs.exercise', 'runs.profile', 'runs.state', 'runs.opened', 'runs.trainees'].map((key) => h('th', { scope: 'col' }, t(key)))),
    ),
    h(
      'tbody',
      {},
      runs.map((run) =>
        h(
          'tr',
          { dataset: { run: run.id, state: run.state } },
          h('th', { scope: 'row' }, h('a', { href: `#/run/${encodeURIComponent(run.id)}` }, h('bdi', {}, run.label || t('run.unlabelled')))),
          h('td', {}, exerciseTitle(exercises, run.exercise)),
          h('td', {}, h('code', {}, run.profile)),
          h('td', {}, t(`run.state.${run.state}`)),
          h('td', {}, fmt.dateTime(run.openedAt)),
          h('td', {}, fmt.number(count(run.trainees))),
        ),
      ),
    ),
  );
}

function openForm(exercises, ctx) {
  const chosen = ctx.params[0] ? decodeURIComponent(ctx.params[0]) : '';
  const exercise = select('exercise', [['', t('runs.open.choose')], ...exercises.map((candidate) => [candidate.id, `${sayPlain(candidate.title)} (${candidate.profile})`])], { id: 'run-exercise', required: true });
  exercise.value = exercises.some((candidate) => candidate.id === chosen) ? chosen : '';
  const label = input('label', { id: 'run-label', maxlength: 100 });
  const outcome = h('div', { 'aria-live': 'assertive' });
  const form = h(
    'form',
    {
      id: 'run-open',
      novalidate: true,
      onsubmit: async (event) => {
        event.preventDefault();
        if (!exercise.value) {
          form.querySelector('[data-field="exercise"] .error').textContent = t('runs.open.choose');
          exercise.setAttribute('aria-invalid', 'true');
          exercise.focus();
          return;
        }
        const title = sayPlain(exercises.find((candidate) => candidate.id === exercise.value).title);
        const body = { exercise: exercise.value, label: label.value.trim() || undefined };
        const sent = await send({ method: 'POST', path: 'runs', body, label: t('runs.open.label', { exercise: title }) }, { form, outcome, ctx });
        if (sent && sent.state === 'sent') {
          ctx.notify(t('runs.open.opened', { exercise: title }), 'good');
          ctx.navigate(`#/run/${encodeURIComponent(sent.result.body.id)}`);
        }
      },
    },
    h('h2', { id: 'run-open-title' }, t('runs.open')),
    h('p', { class: 'hint' }, t('runs.open.hint')),
    h('div', { class: 'grid' }, field('runs.exercise', exercise, { required: true }), field('runs.label', label, { hint: 'runs.label.hint' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', id: 'run-open-submit' }, t('runs.open.submit'))),
    outcome,
  );
  form.setAttribute('aria-labelledby', 'run-open-title');
  if (chosen) exercise.autofocus = true;
  return form;
}
