// The trainee's own feedback (#/feedback): their scorecard as the runner computes it from what they
// did in the modules — the critical errors first, each with the rule and its legal basis, then every
// point lost with its explanation. The runner answers only the caller's own card, and only once the trainer
// has closed the run.
import { api, Problem } from '../shell/api.js';
import { t } from '../shell/i18n.js';
import { h } from '../shell/dom.js';
import { apiPage, scorecard, useStyles } from './training.js';

export default {
  async render(view) {
    useStyles();
    let card;
    try {
      card = (await api.get('feedback')).body;
    } catch (e) {
      // shown during the exercise, the points lost would give the answer key away
      if (e instanceof Problem && e.json.code === 'feedback-after-close') {
        view.append(h('h1', {}, t('feedback.title')), h('p', { role: 'status' }, t('feedback.after-close')));
        return;
      }
      throw e;
    }
    view.append(
      h('h1', {}, t('feedback.title')),
      h('p', { class: 'hint' }, t('feedback.intro')),
      h(
        'div',
        { class: 'actions' },
        h('a', { href: apiPage('feedback'), target: '_blank', rel: 'noopener', id: 'feedback-print' }, t('feedback.printable'), h('span', { class: 'visually-hidden' }, ` ${t('training.new-tab')}`)),
      ),
      scorecard(card),
    );
  },
};
