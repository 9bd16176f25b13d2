// Building the page from data without ever parsing data as markup: every text a person typed or
// the server sent goes in as a text node, so a name cannot become a script.
import { t, has } from './i18n.js';

let counter = 0;

export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, String(value));
    }
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

export function uniqueId(prefix) {
  counter += 1;
  return `${prefix}-${counter}`;
}

/**
 * A labelled field with its hint and its error slot, tied together for screen readers
 * (aria-describedby). {@code control} is an input, select or textarea; its name is the API field.
 */
export function field(labelKey, control, { hint, required } = {}) {
  const id = control.id || uniqueId(control.name || 'field');
  control.id = id;
  const errorId = `${id}-error`;
  const hintId = hint ? `${id}-hint` : null;
  control.setAttribute('aria-describedby', [hintId, errorId].filter(Boolean).join(' '));
  if (required) control.required = true;
  return h(
    'div',
    { class: 'field', dataset: { field: control.name || '' } },
    h('label', { for: id }, t(labelKey), required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null),
    hint ? h('p', { class: 'hint', id: hintId }, t(hint)) : null,
    control,
    h('p', { class: 'error', id: errorId, 'aria-live': 'polite' }),
  );
}

export function input(name, attributes = {}) {
  return h('input', { name, type: 'text', autocomplete: 'off', ...attributes });
}

export function select(name, options, attributes = {}) {
  return h(
    'select',
    { name, ...attributes },
    options.map(([value, label]) => h('option', { value }, label)),
  );
}

export function checkbox(name, labelKey, attributes = {}) {
  const id = uniqueId(name);
  return h(
    'div',
    { class: 'check', dataset: { field: name } },
    h('input', { type: 'checkbox', name, id, ...attributes }),
    h('label', { for: id }, t(labelKey)),
  );
}

/** Shows the problem's field messages beside their fields; returns the messages no field took. */
export function showFieldErrors(form, problem) {
  clearFieldErrors(form);
  const unplaced = [];
  for (const error of problem.errors) {
    const name = error.field.replace(/^items\[\d+\]\.(encounter\.)?/, '');
    const box = [...form.querySelectorAll('[data-field]')].find(
      (candidate) => candidate.dataset.field && (candidate.dataset.field === name || name.endsWith(`.${candidate.dataset.field}`)),
    );
    const slot = box && box.querySelector('.error');
    if (slot) {
      slot.textContent = error.message;
      const control = box.querySelector('input, select, textarea');
      if (control) control.setAttribute('aria-invalid', 'true');
    } else {
      unplaced.push(`${error.field}: ${error.message}`);
    }
  }
  const first = form.querySelector('[aria-invalid="true"]');
  if (first) first.focus();
  return unplaced;
}

export function clearFieldErrors(form) {
  form.querySelectorAll('.error').forEach((slot) => {
    slot.textContent = '';
  });
  form.querySelectorAll('[aria-invalid]').forEach((control) => control.removeAttribute('aria-invalid'));
}

/** A person's name in Latin letters, surname first, as plain text (for labels and lists). */
export function personLabel(person) {
  return [person.documentSurname || person.statedSurname, person.documentGivenNames || person.statedGivenNames]
    .filter(Boolean)
    .join(', ');
}

/** A person's name in Latin letters with the name in its original script beside it. */
export function personName(person) {
  const latin = personLabel(person);
  return h(
    'span',
    { class: 'person-name' },
    h('bdi', {}, latin || t('person.unnamed')),
    person.originalScriptName ? [' ', h('bdi', { class: 'original-script', dir: 'auto' }, person.originalScriptName)] : null,
  );
}

/** A status the eye catches at once (protection request, child, waiting to send). */
export function badge(kind, text) {
  return h('span', { class: `badge badge-${kind}` }, text);
}

/**
 * A refusal by a legal rule, as the officer must read it: what the rule says in plain words (the
 * catalogue's `rule.<code>`), its legal basis as the state's profile gives it, and the server's
 * own explanation — never a bare error code.
 */
export function ruleRefusal(problem) {
  const plain = problem.rule && has(`rule.${problem.rule}`) ? t(`rule.${problem.rule}`) : problem.detail;
  return h(
    'div',
    { class: 'alert rule-refusal', role: 'alert', dataset: { rule: problem.rule || '' } },
    h('p', { class: 'rule-plain' }, h('strong', {}, plain)),
    problem.legalBasis ? h('p', { class: 'rule-basis' }, `${t('common.legal-basis')}: `, h('bdi', {}, problem.legalBasis)) : null,
    plain !== problem.detail && problem.detail ? h('p', { class: 'muted', lang: 'en', dir: 'ltr' }, problem.detail) : null,
    problem.rule ? h('p', { class: 'muted' }, `${t('common.rule')}: `, h('code', {}, problem.rule)) : null,
  );
}

/** Label-value pairs of a record; pairs without a value are left out. */
export function facts(rows) {
  return h(
    'dl',
    { class: 'facts' },
    rows
      .filter(([, value]) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0))
      .map(([key, value]) => [h('dt', {}, t(key)), h('dd', {}, value)]),
  );
}
