// The counter: a person registered from a passport scan in a few keystrokes. The MRZ reader types
// the lines into the MRZ box; on the reader's last Enter the document is read through the API,
// its check digits and OCR repairs shown, the form filled, and the cursor put on the question that
// matters most: did the person ask for protection? Enter then saves, through the offline queue.
import { api, Problem, Unreachable } from '../shell/api.js';
import { t, fmt } from '../shell/i18n.js';
import { h, field, select, showFieldErrors, clearFieldErrors, ruleRefusal, personName } from '../shell/dom.js';
import { outbox } from '../shell/outbox.js';
import { post, keepPost, crossingPoints, encounterTable, alreadyKnown, encounterSigns } from './border.js';
import { personForm } from './person-form.js';

const SHAPES = [
  [3, 30],
  [2, 36],
  [2, 44],
];

function mrzLines(text) {
  return text.toUpperCase().split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
}

function complete(text) {
  const lines = mrzLines(text);
  return SHAPES.some(([count, length]) => lines.length === count && lines.every((line) => line.length === length));
}

export default {
  async render(view, ctx) {
    const points = await crossingPoints();
    const current = post();
    view.append(h('h1', {}, t('counter.title')));
    view.append(postBar(points, current));

    const form = personForm({ separateQuestions: true });
    const mrz = h('textarea', { name: 'mrz', class: 'mrz', rows: 3, spellcheck: 'false', autocapitalize: 'characters', autocomplete: 'off' });
    const reading = h('div', { class: 'reading', 'aria-live': 'polite' });
    const known = h('section', { class: 'already-known', 'aria-labelledby': 'known-title', 'aria-live': 'polite' }, h('h2', { id: 'known-title' }, t('counter.known.title')), h('p', { class: 'muted' }, t('counter.known.empty')));
    const outcome = h('div', { class: 'result', 'aria-live': 'assertive' });
    let lastRead = null;
    let checked = false;
    let repairs = [];

    async function read() {
      const text = mrzLines(mrz.value).join('\n');
      if (!text || text === lastRead) return;
      lastRead = text;
      try {
        const answer = await api.post('document-readings', { mrz: text });
        showReading(reading, answer.body, (list) => (repairs = list));
        form.fill(answer.body, text);
      } catch (e) {
        if (!(e instanceof Unreachable)) throw e;
        form.fill({}, text);
        reading.replaceChildren(h('p', { class: 'warning' }, t('counter.mrz.offline')));
      }
      form.protectionControl().focus();
      searchKnown();
    }

    let searchTimer;
    function searchKnown() {
      checked = false;
      clearTimeout(searchTimer);
      searchTimer = setTimeout(async () => {
        const probe = form.probe();
        if (!probe.documentNumber && !probe.name) return;
        try {
          showKnown(known, await alreadyKnown(probe));
          checked = true;
        } catch (e) {
          if (e instanceof Unreachable) known.replaceChildren(h('h2', { id: 'known-title' }, t('counter.known.title')), h('p', { class: 'warning' }, t('counter.known.offline')));
          else if (!(e instanceof Problem)) throw e;
        }
      }, 400);
    }

    mrz.addEventListener('keydown', (event) => {
      // the reader's last Enter ends the scan: read it, and do not add an empty line
      if (event.key === 'Enter' && complete(mrz.value)) {
        event.preventDefault();
        read();
      }
    });
    let idle;
    mrz.addEventListener('input', () => {
      clearTimeout(idle);
      idle = setTimeout(() => complete(mrz.value) && read(), 700);
    });
    form.element.addEventListener('input', (event) => {
      if (['surname', 'givenNames', 'originalScriptName', 'dateOfBirth', 'nationality', 'documentNumber'].includes(event.target.name)) searchKnown();
    });

    const formElement = h(
      'form',
      {
        class: 'counter-form',
        novalidate: true,
        onsubmit: async (event) => {
          event.preventDefault();
          await save();
        },
        onkeydown: (event) => {
          // Enter on a question's answer (a radio or a box) registers, as it does in a text field
          const onChoice = event.target.type === 'radio' || event.target.type === 'checkbox';
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey || onChoice)) {
            event.preventDefault();
            save();
          }
        },
      },
      h(
        'div',
        { class: 'two-columns' },
        h(
          'div',
          {},
          field('counter.mrz', mrz, { hint: 'counter.mrz.hint' }),
          h('div', { class: 'actions' }, h('button', { type: 'button', onclick: () => { lastRead = null; read(); } }, t('counter.mrz.read'))),
          reading,
          form.element,
        ),
        // the questions that protect stay in sight beside the form, whatever is scrolled
        h(
          'div',
          { class: 'sticky' },
          form.questions,
          h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', id: 'register' }, t('counter.save')), h('span', { class: 'hint' }, t('counter.save.hint'))),
          outcome,
          known,
        ),
      ),
    );

    let saving = false;

    // one registration per press: a second Enter while the first is on its way does nothing
    async function save() {
      if (saving) return;
      saving = true;
      const button = formElement.querySelector('#register');
      button.disabled = true;
      try {
        await register();
      } finally {
        saving = false;
        button.disabled = false;
      }
    }

    async function register() {
      clearFieldErrors(formElement);
      outcome.replaceChildren();
      const { body, unanswered } = form.read({ crossingPointId: post().crossingPointId });
      if (unanswered) {
        const box = formElement.querySelector(`[data-field="${unanswered}"] .error`);
        box.textContent = t('counter.protection.required');
        form.protectionControl().focus();
        return;
      }
      const confirm = formElement.querySelector('#repairs-confirmed');
      if (repairs.length > 0 && confirm && !confirm.checked) {
        formElement.querySelector('#repairs-error').textContent = t('counter.repairs.required');
        confirm.focus();
        return;
      }
      const label = form.label();
      const item = await outbox.create('registration', body, label, { madeOffline: !checked, documentNumber: form.probe().documentNumber });
      const after = await outbox.submit(item);
      if (after.state === 'failed') {
        const problem = new Problem(after.problem.status || 422, after.problem);
        const unplaced = showFieldErrors(formElement, problem);
        outcome.replaceChildren(problem.rule ? ruleRefusal(problem) : h('div', { class: 'alert', role: 'alert' }, h('p', {}, problem.detail), unplaced.map((line) => h('p', {}, line))));
        return;
      }
      if (after.state === 'waiting') ctx.notify(t('counter.saved-offline', { name: label }), 'info');
      else ctx.notify(t(after.state === 'review' ? 'counter.saved-review' : 'counter.saved', { name: label }), after.state === 'review' ? 'error' : 'good');
      ctx.rerender();
    }

    view.append(formElement, await shiftList(current));
    mrz.autofocus = true;
  },
};

function postBar(points, current) {
  const chooser = select('crossingPointId', [['', t('counter.post.none')], ...points.map((p) => [p.id, p.name])], {
    id: 'crossing-point',
    onchange: (event) => keepPost({ ...post(), crossingPointId: event.target.value || undefined }),
  });
  chooser.value = current.crossingPointId || '';
  const shift = h('input', {
    type: 'time',
    name: 'shiftStart',
    id: 'shift-start',
    value: current.shiftStart || '',
    onchange: (event) => keepPost({ ...post(), shiftStart: event.target.value }),
  });
  return h('div', { class: 'grid post' }, field('counter.post', chooser), field('counter.shift', shift, { hint: 'counter.shift.hint' }));
}

function showReading(box, reading, keepRepairs) {
  const parts = [];
  parts.push(
    h(
      'p',
      { class: reading.valid ? 'good' : 'alert' },
      reading.valid ? t('counter.mrz.valid', { format: reading.format }) : t('counter.mrz.invalid', { format: reading.format }),
      reading.expired ? [' ', h('strong', {}, t('counter.mrz.expired'))] : null,
    ),
  );
  if (reading.checkDigits.length > 0) {
    parts.push(
      h(
        'table',
        { class: 'check-digits' },
        h('caption', {}, t('counter.mrz.check-digits')),
        h('thead', {}, h('tr', {}, ['counter.mrz.field', 'counter.mrz.printed', 'counter.mrz.expected', 'counter.mrz.result'].map((key) => h('th', { scope: 'col' }, t(key))))),
        h(
          'tbody',
          {},
          reading.checkDigits.map((check) =>
            h(
              'tr',
              { class: check.valid ? 'ok' : 'bad', dataset: { check: check.field } },
              h('th', { scope: 'row' }, t(`mrz.field.${check.field}`)),
              h('td', { dir: 'ltr' }, check.found),
              h('td', { dir: 'ltr' }, check.expected ?? '—'),
              h('td', { class: check.valid ? 'ok' : 'bad' }, check.valid ? t('counter.mrz.pass') : t('counter.mrz.fail')),
            ),
          ),
        ),
      ),
    );
  }
  keepRepairs(reading.repairs);
  if (reading.repairs.length > 0) {
    parts.push(
      h(
        'div',
        { class: 'warning repairs' },
        h('p', {}, t('counter.repairs.explained')),
        h(
          'ul',
          {},
          reading.repairs.map((repair) =>
            h('li', {}, t('counter.repair', { field: t(`mrz.field.${repair.field}`), line: repair.position.line, column: repair.position.column, from: repair.from, to: repair.to })),
          ),
        ),
        h('div', { class: 'check' }, h('input', { type: 'checkbox', id: 'repairs-confirmed', 'aria-describedby': 'repairs-error' }), h('label', { for: 'repairs-confirmed' }, t('counter.repairs.confirm'))),
        h('p', { class: 'error', id: 'repairs-error', 'aria-live': 'polite' }),
      ),
    );
  }
  const problems = reading.problems.filter((problem) => problem.severity === 'ERROR' || problem.severity === 'WARNING');
  if (problems.length > 0) {
    parts.push(h('ul', { class: 'problems' }, problems.map((problem) => h('li', { lang: 'en', dir: 'ltr' }, `${problem.severity}: ${problem.message}`))));
  }
  box.replaceChildren(...parts);
}

function showKnown(box, hits) {
  box.replaceChildren(h('h2', { id: 'known-title' }, t('counter.known.title')));
  if (hits.length === 0) {
    box.append(h('p', { class: 'good' }, t('counter.known.none')));
    return;
  }
  box.append(
    h('p', { class: 'warning' }, t('counter.known.found', { count: fmt.number(hits.length) })),
    h(
      'ul',
      { class: 'cards' },
      hits.map((hit) =>
        h(
          'li',
          { class: 'card known-hit' },
          h('p', { class: 'card-title' }, h('a', { href: `#/encounter/${hit.encounter.id}`, target: '_blank', rel: 'noopener' }, personName(hit.encounter.person)), ' ', t('counter.known.score', { score: fmt.number(Math.round(hit.score * 100)) })),
          h('p', {}, encounterSigns(hit.encounter)),
          h('p', { class: 'muted', lang: 'en', dir: 'ltr' }, hit.reasons.join('; ')),
        ),
      ),
    ),
  );
}

async function shiftList(current) {
  const section = h('section', { 'aria-labelledby': 'shift-title' }, h('h2', { id: 'shift-title' }, t('counter.shift.list')));
  if (!current.crossingPointId) {
    section.append(h('p', { class: 'muted' }, t('counter.post.choose')));
    return section;
  }
  try {
    const answer = await api.get(`encounters?crossingPointId=${encodeURIComponent(current.crossingPointId)}&limit=50`);
    const today = new Date().toISOString().slice(0, 10);
    const since = current.shiftStart ? new Date(`${today}T${current.shiftStart}`) : null;
    const list = answer.body.filter((encounter) => !since || new Date(encounter.registeredAt) >= since);
    section.append(list.length ? encounterTable(list, 'counter.shift.list') : h('p', { class: 'muted' }, t('counter.shift.none')));
  } catch (e) {
    if (!(e instanceof Unreachable)) throw e;
    section.append(h('p', { class: 'warning' }, t('counter.shift.offline')));
  }
  return section;
}
