// The trainee's own feedback (#/feedback): their scorecard as the runner computes it from what they
// did in the modules — the critical errors first, each with the rule and its legal basis, then every
// point lost with its explanation. The runner answers only the caller's own card.
import { api } from '../shell/api.js';
import { t } from '../shell/i18n.js';
import { h } from '../shell/dom.js';
import { apiPage, scorecard, useStyles } from './training.js';

export default {
  async render(view) {
    useStyles();
    const card = (await api.get('feedback')).body;
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
