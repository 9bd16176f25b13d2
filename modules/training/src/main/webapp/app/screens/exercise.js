// One exercise (#/exercise/<id>), as the trainer prepares it: the briefing the trainees read, their
// tasks, the cast (each persona with the trainer's note on why they are there), then what the
// trainees never see — the answer key with its points and rules, and the critical errors.
import { api } from '../shell/api.js';
import { t, fmt } from '../shell/i18n.js';
import { h, facts } from '../shell/dom.js';
import { say, paragraphs, castMembers, castName, useStyles } from './training.js';

export default {
  async render(view, ctx) {
    useStyles();
    const id = ctx.params[0];
    if (!id) {
      ctx.navigate('#/exercises');
      return;
    }
    const exercise = (await api.get(`exercises/${encodeURIComponent(id)}`)).body;
    const tasks = exercise.tasks || [];
    view.append(
      h('h1', {}, say(exercise.title)),
      facts([
        ['exercise.role', exercise.role],
        ['exercise.account-roles', (exercise.accountRoles || []).join(', ')],
        ['exercise.modules', (exercise.modules || []).join(', ')],
        ['exercise.profile', h('code', {}, exercise.profile)],
        ['exercise.minutes', t('exercise.minutes.value', { minutes: fmt.number(exercise.minutes || 0) })],
        ['exercise.cohort-seed', exercise.cohortSeed !== undefined ? String(exercise.cohortSeed) : null],
      ]),
      h('div', { class: 'actions' }, h('a', { class: 'button primary', href: `#/runs/${encodeURIComponent(exercise.id)}`, id: 'open-run' }, t('exercise.open-run'))),
      section('briefing', 'exercise.briefing', paragraphs(exercise.briefing)),
      section('tasks', 'exercise.tasks', h('ol', {}, tasks.map((task) => h('li', { id: `task-${task.id}` }, say(task.text))))),
      section('cast', 'exercise.cast', cast(exercise)),
      h('p', { class: 'warning' }, t('exercise.trainer-only')),
      section('key', 'exercise.key', key(exercise, tasks)),
      section('critical', 'exercise.critical', critical(exercise)),
    );
  },
};

function section(id, titleKey, ...content) {
  return h('section', { 'aria-labelledby': `${id}-title`, id }, h('h2', { id: `${id}-title` }, t(titleKey)), content);
}

function cast(exercise) {
  const members = castMembers(exercise);
  if (members.length === 0) return h('p', { class: 'muted' }, t('exercise.cast.none'));
  return h(
    'table',
    {},
    h('caption', {}, t('exercise.cast.caption')),
    h('thead', {}, h('tr', {}, ['exercise.cast.alias', 'exercise.cast.persona', 'exercise.cast.name', 'exercise.cast.note'].map((key) => h('th', { scope: 'col' }, t(key))))),
    h(
      'tbody',
      {},
      members.map((member) =>
        h(
          'tr',
          { dataset: { alias: member.alias } },
          h('th', { scope: 'row' }, member.alias),
          h('td', {}, h('code', {}, member.id)),
          h('td', {}, castName(member.persona)),
          h('td', {}, say(member.note)),
        ),
      ),
    ),
  );
}

function taskNumber(tasks, id) {
  const index = tasks.findIndex((task) => task.id === id);
  return index < 0 ? id || '' : fmt.number(index + 1);
}

function key(exercise, tasks) {
  const items = exercise.key || [];
  const total = items.reduce((sum, item) => sum + (item.points || 0), 0);
  return h(
    'table',
    { class: 'key' },
    h('caption', {}, t('exercise.key.caption', { count: fmt.number(items.length), points: fmt.number(total) })),
    h(
      'thead',
      {},
      h('tr', {}, ['exercise.key.task', 'exercise.key.persona', 'exercise.key.points', 'exercise.key.what', 'exercise.key.rule'].map((heading) => h('th', { scope: 'col' }, t(heading)))),
    ),
    h(
      'tbody',
      {},
      items.map((item) =>
        h(
          'tr',
          { dataset: { item: item.id } },
          h('td', {}, taskNumber(tasks, item.task)),
          h('td', {}, item.persona),
          h('td', {}, fmt.number(item.points || 0)),
          h('td', {}, h('code', {}, item.observation), item.competence ? h('p', { class: 'muted' }, t('score.competence', { competence: item.competence })) : null, h('p', {}, say(item.explanation))),
          h('td', {}, item.rule ? h('code', {}, item.rule) : ''),
        ),
      ),
    ),
  );
}

function critical(exercise) {
  const errors = exercise.critical || [];
  if (errors.length === 0) return h('p', { class: 'muted' }, t('exercise.critical.none'));
  return h(
    'ul',
    { class: 'cards' },
    errors.map((error) =>
      h(
        'li',
        { class: 'finding finding-critical', dataset: { critical: error.id, kind: error.kind } },
        h('p', { class: 'finding-head' }, h('strong', {}, t(`critical.${error.kind}`)), ' ', h('span', { class: 'points' }, t('score.penalty', { points: fmt.number(error.penalty || 0) }))),
        h('p', {}, t(`exercise.critical.when.${error.when}`, { persona: error.persona }), ' ', h('code', {}, error.observation)),
        h('p', {}, say(error.explanation)),
        error.rule ? h('p', {}, `${t('common.rule')}: `, h('code', {}, error.rule)) : null,
      ),
    ),
  );
}
