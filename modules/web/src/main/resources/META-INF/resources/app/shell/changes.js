// Sending one change from a screen: through the offline queue, and telling the officer what became
// of it — sent, kept for later, waiting for their choice, or refused (the refusal shown where they
// are: a legal rule in plain words with its basis, field messages beside their fields).
import { Problem } from './api.js';
import { t } from './i18n.js';
import { h, ruleRefusal, showFieldErrors, clearFieldErrors } from './dom.js';
import { outbox } from './outbox.js';

/**
 * @param request what {@code outbox.request} takes
 * @param options.form the form whose fields get the problem's messages (optional)
 * @param options.result where a refusal is shown
 * @param options.ctx the screen's context (for notices)
 * @return the queue item (sent, waiting or conflict), or null when the server refused the change
 */
export async function sendChange(request, { form, result, ctx }) {
  const buttons = form ? [...form.querySelectorAll('button[type="submit"]')].filter((b) => !b.disabled) : [];
  if (form && form.dataset.sending) return null; // a second press while the first is on its way
  if (form) {
    form.dataset.sending = 'yes';
    clearFieldErrors(form);
  }
  buttons.forEach((button) => {
    button.disabled = true;
  });
  try {
    return await send(request, { form, result, ctx });
  } finally {
    if (form) delete form.dataset.sending;
    buttons.forEach((button) => {
      button.disabled = false;
    });
  }
}

async function send(request, { form, result, ctx }) {
  result.replaceChildren();
  const after = await outbox.submit(await outbox.request(request));
  if (after.state === 'failed') {
    const problem = new Problem(after.problem.status || 422, after.problem);
    const unplaced = form ? showFieldErrors(form, problem) : problem.errors.map((e) => `${e.field}: ${e.message}`);
    result.replaceChildren(
      problem.rule
        ? ruleRefusal(problem)
        : h(
            'div',
            { class: 'alert', role: 'alert' },
            h('p', {}, problem.status === 412 ? t('common.changed-meanwhile') : problem.detail || problem.title),
            unplaced.map((line) => h('p', {}, line)),
          ),
    );
    return null;
  }
  if (after.state === 'waiting') ctx.notify(t('common.saved-offline'), 'info');
  else if (after.state === 'conflict') ctx.notify(t('common.conflict'), 'error');
  return after;
}
