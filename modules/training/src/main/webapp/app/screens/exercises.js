// The exercises the runner knows (#/exercises): for whom each is, under which legal profile, how
// long it takes, and how many personas and tasks it has; each opens to its briefing, cast and key.
import { api } from '../shell/api.js';
import { t, fmt } from '../shell/i18n.js';
import { h } from '../shell/dom.js';
import { say, count, useStyles } from './training.js';

export default {
  async render(view) {
    useStyles();
    const exercises = (await api.get('exercises')).body;
    view.append(h('h1', {}, t('exercises.title')), h('p', { class: 'hint' }, t('exercises.intro')));
    if (exercises.length === 0) {
      view.append(h('p', { class: 'muted' }, t('exercises.none')));
      return;
    }
    view.append(
      h(
        'table',
        { id: 'exercises' },
        h('caption', {}, t('exercises.caption', { count: fmt.number(exercises.length) })),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['exercises.exercise', 'exercises.role', 'exercises.profile', 'exercises.minutes', 'exercises.personas', 'exercises.tasks', 'exercises.modules'].map((key) => h('th', { scope: 'col' }, t(key))),
          ),
        ),
        h(
          'tbody',
          {},
          exercises.map((exercise) =>
            h(
              'tr',
              { dataset: { exercise: exercise.id } },
              h('th', { scope: 'row' }, h('a', { href: `#/exercise/${encodeURIComponent(exercise.id)}` }, say(exercise.title))),
              h('td', {}, exercise.role),
              h('td', {}, h('code', {}, exercise.profile)),
              h('td', {}, fmt.number(exercise.minutes || 0)),
              h('td', {}, fmt.number(count(exercise.personas))),
              h('td', {}, fmt.number(count(exercise.tasks))),
              h('td', {}, (exercise.modules || []).join(', ')),
            ),
          ),
        ),
      ),
    );
  },
};
