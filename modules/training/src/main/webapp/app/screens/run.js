// One run (#/run/<id>): its trainees and the form that adds one — the new account's password is
// shown once, on a slip to print, and is kept nowhere in this browser afterwards —, the briefings
// to print per language, the scores as the modules' trails show them now (critical errors first),
// the report, and closing the run, which stores the final scores and removes the accounts.
import { api, Problem } from '../shell/api.js';
import { t, fmt } from '../shell/i18n.js';
import { h, field, input, select, facts } from '../shell/dom.js';
import { outbox } from '../shell/outbox.js';
import {
  LANGUAGES,
  apiPage,
  send,
  say,
  count,
  scorecard,
  byAttention,
  criticalCount,
  traineeName,
  scoreText,
  refusal,
  useStyles,
} from './training.js';

// the scores are computed from every module's trail at each read: often enough to follow a class,
// rarely enough to leave the suite to the trainees
const REFRESH_MS = 30000;
const NAME = /^[A-Za-z0-9-]{2,30}$/;

export default {
  async render(view, ctx) {
    useStyles();
    const id = ctx.params[0];
    if (!id) {
      ctx.navigate('#/runs');
      return;
    }
    const answer = await api.get(`runs/${encodeURIComponent(id)}`);
    const run = answer.body;
    const exercise = (await api.get(`exercises/${encodeURIComponent(run.exercise)}`)).body;
    const open = run.state === 'OPEN';
    const slips = h('div', { id: 'credentials', class: 'credentials-list' });

    view.append(
      h('h1', {}, h('bdi', {}, run.label || t('run.unlabelled'))),
      facts([
        ['run.exercise', h('a', { href: `#/exercise/${encodeURIComponent(exercise.id)}` }, say(exercise.title))],
        ['run.profile', h('code', {}, run.profile)],
        ['run.state', h('strong', { id: 'run-state' }, t(`run.state.${run.state}`))],
        ['run.opened', fmt.dateTime(run.openedAt)],
        ['run.closed', run.closedAt ? fmt.dateTime(run.closedAt) : null],
      ]),
      slips,
      trainees(run, exercise, slips, ctx),
      briefings(run),
      scores(run),
      report(run),
      open ? closing(run, answer.etag, ctx) : rerun(run),
    );
    // accounts added while the line was down reached the server later: their passwords are shown now, once
    for (const item of await outbox.items()) {
      if (item.path === `runs/${run.id}/trainees` && item.state === 'sent' && item.result && item.result.body && item.result.body.password) {
        await showAccount(slips, run, exercise, item.result.body, item.id);
      }
    }
  },
};

function section(id, titleKey, ...content) {
  return h('section', { 'aria-labelledby': `${id}-title`, id, class: 'run-part' }, h('h2', { id: `${id}-title` }, t(titleKey)), content);
}

function briefingLink(run, language) {
  return h(
    'a',
    { href: apiPage(`runs/${encodeURIComponent(run.id)}/briefing?language=${language}`), target: '_blank', rel: 'noopener', hreflang: language, dataset: { language } },
    h('span', { lang: language }, t(`training.language.${language}`)),
    h('span', { class: 'visually-hidden' }, ` ${t('training.new-tab')}`),
  );
}

// ---- trainees ------------------------------------------------------------------------------------

function trainees(run, exercise, slips, ctx) {
  const list = run.trainees || [];
  const part = section(
    'trainees',
    'run.trainees',
    list.length === 0
      ? h('p', { class: 'muted' }, t('run.trainees.none'))
      : h(
          'table',
          { id: 'trainee-list' },
          h('caption', {}, t('run.trainees.caption', { count: fmt.number(list.length) })),
          h('thead', {}, h('tr', {}, ['run.trainee.account', 'run.trainee.language', 'run.trainee.briefing'].map((key) => h('th', { scope: 'col' }, t(key))))),
          h(
            'tbody',
            {},
            list.map((trainee) =>
              h(
                'tr',
                { dataset: { account: trainee.account } },
                h('th', { scope: 'row' }, h('code', { dir: 'ltr' }, trainee.account)),
                h('td', {}, h('span', { lang: trainee.language }, t(`training.language.${trainee.language}`))),
                h('td', {}, briefingLink(run, trainee.language)),
              ),
            ),
          ),
        ),
    run.state === 'OPEN'
      ? addForm(run, exercise, slips, ctx, (account) => {
          // the list follows at once; the slip keeps the focus (a re-read would drop the password)
          run.trainees = [...list, { account: account.account, language: account.language }];
          part.replaceWith(trainees(run, exercise, slips, ctx));
        })
      : null,
  );
  return part;
}

function addForm(run, exercise, slips, ctx, added) {
  const name = input('name', { id: 'trainee-name', maxlength: 30, pattern: '[A-Za-z0-9-]{2,30}', dir: 'ltr', autocapitalize: 'none', spellcheck: 'false' });
  const language = select('language', LANGUAGES.map((code) => [code, t(`training.language.${code}`)]), { id: 'trainee-language' });
  const outcome = h('div', { 'aria-live': 'assertive' });
  const form = h(
    'form',
    {
      id: 'trainee-add',
      novalidate: true,
      onsubmit: async (event) => {
        event.preventDefault();
        const value = name.value.trim();
        if (!NAME.test(value)) {
          form.querySelector('[data-field="name"] .error').textContent = t('run.trainee.name.invalid');
          name.setAttribute('aria-invalid', 'true');
          name.focus();
          return;
        }
        const body = { name: value, language: language.value };
        // the queue's label names the trainee only: the answer's password never goes in a label
        const sent = await send({ method: 'POST', path: `runs/${run.id}/trainees`, body, label: t('run.trainee.add.label', { name: value }) }, { form, outcome, ctx });
        if (!sent || sent.state !== 'sent') return;
        added(sent.result.body);
        await showAccount(slips, run, exercise, sent.result.body, sent.id);
      },
    },
    h('h3', { id: 'trainee-add-title' }, t('run.trainee.add')),
    h('p', { class: 'hint' }, t('run.trainee.add.hint')),
    h('div', { class: 'grid' }, field('run.trainee.name', name, { hint: 'run.trainee.name.hint', required: true }), field('run.trainee.language', language)),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', id: 'trainee-add-submit' }, t('run.trainee.add.submit'))),
    outcome,
  );
  form.setAttribute('aria-labelledby', 'trainee-add-title');
  return form;
}

// The modules that serve the officers' web app (modules/web): a trainee of an exercise that needs
// another module works through its API. Asking each module instead would log a failed request in
// the console for every module without screens.
const OFFICER_APPS = ['entry', 'reception'];

/**
 * The slip for a new account: its name and password, where to sign in, the briefing. The password
 * is in the runner's answer only; once on the slip, the queue's copy of that answer is removed, so
 * the password stays on this screen (and on paper) and nowhere in the browser's database.
 */
async function showAccount(slips, run, exercise, account, itemId) {
  await outbox.discard(itemId);
  const where = (exercise.modules || []).filter((module) => OFFICER_APPS.includes(module));
  const origin = location.origin;
  const headingId = `slip-${account.account.replace(/[^A-Za-z0-9-]/g, '-')}`;
  const slip = h(
    'section',
    { class: 'slip', 'aria-labelledby': headingId, dataset: { account: account.account } },
    h('h2', { id: headingId, tabindex: '-1' }, t('run.slip.title')),
    h('p', { class: 'warning no-print' }, t('run.slip.once')),
    h('p', { class: 'slip-exercise' }, say(exercise.title), ' · ', h('bdi', {}, run.label || '')),
    h(
      'dl',
      { class: 'facts slip-secret' },
      h('dt', {}, t('run.slip.account')),
      h('dd', {}, h('code', { class: 'secret', dir: 'ltr', dataset: { account: account.account } }, account.account)),
      h('dt', {}, t('run.slip.password')),
      h('dd', {}, h('code', { class: 'secret', dir: 'ltr', id: `${headingId}-password`, dataset: { password: '' } }, account.password)),
      h('dt', {}, t('run.slip.language')),
      h('dd', {}, h('span', { lang: account.language }, t(`training.language.${account.language}`))),
    ),
    h(
      'p',
      {},
      t('run.slip.where'),
      ' ',
      where.length === 0
        ? h('span', {}, t('run.slip.where.api'))
        : where.map((module, index) => [index > 0 ? ', ' : '', h('bdi', { dir: 'ltr' }, `${origin}/${module}/app/`)]),
    ),
    h('p', {}, t('run.slip.feedback'), ' ', h('bdi', { dir: 'ltr' }, `${origin}${location.pathname}`)),
    h('p', { class: 'no-print' }, briefingLink(run, account.language), ' — ', t('run.slip.briefing')),
  );
  slips.append(slip);
  if (!slips.querySelector('.slip-actions')) {
    slips.prepend(
      h(
        'div',
        { class: 'actions slip-actions' },
        h('button', { type: 'button', class: 'primary', id: 'print-accounts', onclick: printSlips }, t('run.slip.print')),
        h(
          'button',
          {
            type: 'button',
            id: 'hide-accounts',
            onclick: () => {
              slips.replaceChildren();
              document.getElementById('trainee-name')?.focus();
            },
          },
          t('run.slip.hide'),
        ),
      ),
    );
  }
  slip.querySelector('h2').focus();
}

/** Prints the slips alone: the rest of the screen is hidden for the print, and shown again after it. */
function printSlips() {
  document.body.classList.add('printing-slips');
  addEventListener('afterprint', () => document.body.classList.remove('printing-slips'), { once: true });
  window.print();
}

// ---- briefings, report ----------------------------------------------------------------------------

function briefings(run) {
  return section(
    'briefings',
    'run.briefings',
    h('p', { class: 'hint' }, t('run.briefings.hint')),
    h('ul', { class: 'inline-list' }, LANGUAGES.map((language) => h('li', {}, briefingLink(run, language)))),
  );
}

function report(run) {
  const base = `runs/${encodeURIComponent(run.id)}`;
  return section(
    'report',
    'run.report',
    h('p', { class: 'hint' }, t(run.state === 'OPEN' ? 'run.report.hint.open' : 'run.report.hint.closed')),
    h(
      'ul',
      { class: 'inline-list' },
      h('li', {}, h('a', { href: apiPage(`${base}/report`), target: '_blank', rel: 'noopener', id: 'report-html' }, t('run.report.html'), h('span', { class: 'visually-hidden' }, ` ${t('training.new-tab')}`))),
      h('li', {}, h('a', { href: apiPage(`${base}/report.csv`), download: `training-run-${run.id}.csv`, id: 'report-csv' }, t('run.report.csv'))),
    ),
  );
}

// ---- scores --------------------------------------------------------------------------------------

function scores(run) {
  const body = h('div', { id: 'scores-body' }, h('p', { class: 'muted' }, t('common.loading')));
  const when = h('p', { class: 'hint', id: 'scores-when' });
  const open = run.state === 'OPEN';
  let timer = null;
  const refresh = async () => {
    try {
      const answer = await api.get(`runs/${encodeURIComponent(run.id)}/scores`);
      const cards = Array.isArray(answer.body) ? answer.body : answer.body.scorecards || [];
      body.replaceChildren(...scoreTables(cards));
      when.textContent = t(open ? 'run.scores.computed' : 'run.scores.final', { at: fmt.time(new Date().toISOString()) });
    } catch (e) {
      body.replaceChildren(e instanceof Problem ? refusal(e.json) : h('p', { class: 'alert' }, t('shell.unreachable')));
    }
  };
  const tick = () => {
    if (body.isConnected) refresh();
    else clearInterval(timer); // the trainer left the screen
  };
  const auto = h('input', {
    type: 'checkbox',
    id: 'scores-auto',
    checked: open,
    onchange: (event) => {
      clearInterval(timer);
      timer = event.target.checked ? setInterval(tick, REFRESH_MS) : null;
    },
  });
  if (open) timer = setInterval(tick, REFRESH_MS);
  refresh();
  return section(
    'scores',
    'run.scores',
    h('p', { class: 'hint' }, t('run.scores.hint')),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', id: 'scores-refresh', onclick: refresh }, t('run.scores.refresh')),
      open ? h('span', { class: 'check' }, auto, h('label', { for: 'scores-auto' }, t('run.scores.auto', { seconds: fmt.number(REFRESH_MS / 1000) }))) : null,
      when,
    ),
    body,
  );
}

function scoreTables(cards) {
  if (cards.length === 0) return [h('p', { class: 'muted' }, t('run.scores.none'))];
  const ordered = [...cards].sort(byAttention);
  const withCritical = ordered.filter((card) => criticalCount(card) > 0);
  return [
    withCritical.length === 0
      ? h('p', { class: 'good', id: 'no-critical' }, t('run.scores.no-critical'))
      : h(
          'div',
          { class: 'critical-summary', id: 'critical-summary' },
          h('h3', {}, t('run.scores.critical', { count: fmt.number(withCritical.length) })),
          h(
            'ul',
            {},
            withCritical.flatMap((card) =>
              card.criticalErrors.map((error) =>
                h(
                  'li',
                  { dataset: { account: card.account, kind: error.kind } },
                  h('strong', {}, traineeName(card)),
                  ': ',
                  t(`critical.${error.kind}`),
                  error.personaName ? [' — ', h('bdi', {}, error.personaName)] : null,
                  error.rule ? [' (', h('code', {}, error.rule), ')'] : null,
                ),
              ),
            ),
          ),
        ),
    h(
      'table',
      { id: 'score-table' },
      h('caption', {}, t('run.scores.caption')),
      h(
        'thead',
        {},
        h('tr', {}, ['run.scores.trainee', 'run.scores.critical-errors', 'run.scores.score', 'run.scores.lost', 'run.scores.penalties'].map((key) => h('th', { scope: 'col' }, t(key)))),
      ),
      h(
        'tbody',
        {},
        ordered.map((card) =>
          h(
            'tr',
            { dataset: { account: card.account, critical: criticalCount(card) } },
            h('th', { scope: 'row' }, traineeName(card)),
            h('td', { class: criticalCount(card) > 0 ? 'critical-cell' : null }, criticalCount(card) > 0 ? t('run.scores.critical-count', { count: fmt.number(criticalCount(card)) }) : t('common.none')),
            h('td', {}, scoreText(card)),
            h('td', {}, fmt.number(count(card.lost))),
            h('td', {}, fmt.number(card.penalties ?? 0)),
          ),
        ),
      ),
    ),
    h(
      'div',
      { class: 'score-details' },
      h('h3', {}, t('run.scores.details')),
      ordered.map((card) => h('details', { dataset: { account: card.account } }, h('summary', {}, traineeName(card), ' — ', scoreText(card)), scorecard(card, { headingLevel: 'h4' }))),
    ),
  ];
}

// ---- closing -------------------------------------------------------------------------------------

function closing(run, etag, ctx) {
  const outcome = h('div', { 'aria-live': 'assertive' });
  const place = h('div', {});
  const ask = h(
    'button',
    {
      type: 'button',
      id: 'run-close',
      onclick: () => {
        ask.hidden = true;
        place.replaceChildren(confirmation());
        place.querySelector('h3').focus();
      },
    },
    t('run.close'),
  );
  const confirmation = () =>
    h(
      'div',
      { class: 'confirm', role: 'group', 'aria-labelledby': 'close-confirm-title' },
      h('h3', { id: 'close-confirm-title', tabindex: '-1' }, t('run.close.confirm.title')),
      h('p', {}, t('run.close.confirm.text')),
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          {
            type: 'button',
            class: 'primary danger',
            id: 'run-close-confirm',
            onclick: async (event) => {
              event.target.disabled = true;
              const sent = await send({ method: 'POST', path: `runs/${run.id}/close`, ifMatch: etag || undefined, label: t('run.close.label', { label: run.label || run.id }) }, { outcome, ctx });
              if (sent && sent.state === 'sent') {
                ctx.notify(t('run.close.closed'), 'good');
                ctx.rerender();
              } else {
                event.target.disabled = false;
              }
            },
          },
          t('run.close.confirm'),
        ),
        h(
          'button',
          {
            type: 'button',
            id: 'run-close-cancel',
            onclick: () => {
              place.replaceChildren();
              ask.hidden = false;
              ask.focus();
            },
          },
          t('common.cancel'),
        ),
      ),
    );
  return section('close', 'run.close.title', h('p', { class: 'hint' }, t('run.close.hint')), h('div', { class: 'actions' }, ask), place, outcome);
}

function rerun(run) {
  return section(
    'rerun',
    'run.rerun.title',
    h('p', { class: 'hint' }, t('run.rerun.hint')),
    h('div', { class: 'actions' }, h('a', { class: 'button primary', href: `#/runs/${encodeURIComponent(run.exercise)}`, id: 'run-again' }, t('run.rerun'))),
  );
}
