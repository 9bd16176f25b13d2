// The latest encounters, at the officer's post or everywhere, with the signs that matter.
import { api } from '../shell/api.js';
import { t } from '../shell/i18n.js';
import { h, checkbox } from '../shell/dom.js';
import { post, encounterTable } from './border.js';

export default {
  async render(view, ctx) {
    const here = post().crossingPointId;
    const onlyHere = ctx.params[0] !== 'all' && !!here;
    view.append(h('h1', {}, t('encounters.title')));
    if (here) {
      const toggle = checkbox('onlyHere', 'encounters.only-here', { checked: onlyHere });
      toggle.querySelector('input').addEventListener('change', (event) => ctx.navigate(event.target.checked ? '#/encounters' : '#/encounters/all'));
      view.append(toggle);
    }
    const path = onlyHere ? `encounters?crossingPointId=${encodeURIComponent(here)}&limit=100` : 'encounters?limit=100';
    const list = (await api.get(path)).body;
    view.append(list.length ? encounterTable(list, 'encounters.caption') : h('p', {}, t('encounters.none')));
  },
};
