// The registration form every border screen uses (the counter, each member of a group): the
// questions that protect — asked for protection? a child alone? specific needs? — first and always
// in sight, then the person and their document, filled from an MRZ reading when there is one.
import { t } from '../shell/i18n.js';
import { h, field, input, select, checkbox, uniqueId } from '../shell/dom.js';

export const NEEDS = ['CR', 'WR', 'WR-PL', 'SP', 'ER', 'DS', 'SM', 'TR', 'SV', 'FU', 'LP-TP', 'LP-SG', 'OTHER'];
const KINDS = ['PROTECTION_REQUEST_AT_CROSSING_POINT', 'REGULAR_CROSSING', 'APPREHENSION_AFTER_IRREGULAR_CROSSING', 'INTERCEPTION_AT_SEA', 'RESCUE_AT_SEA'];

function radios(name, legendKey, choices, { required } = {}) {
  const errorId = uniqueId(`${name}-error`);
  return h(
    'fieldset',
    { class: 'radios', dataset: { field: name }, 'aria-describedby': errorId },
    h('legend', {}, t(legendKey), required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null),
    choices.map(([value, labelKey], index) => {
      const id = uniqueId(name);
      return h('div', { class: 'check' }, h('input', { type: 'radio', name, id, value, required: required && index === 0 }), h('label', { for: id }, t(labelKey)));
    }),
    h('p', { class: 'error', id: errorId, 'aria-live': 'polite' }),
  );
}

function localDateTime(date = new Date()) {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60000);
  return local.toISOString().slice(0, 16);
}

/**
 * @param options.kind the encounter kind preselected (a boat's members were rescued at sea)
 * @param options.withKind whether the form asks for the kind (a group member takes the group's)
 * @param options.separateQuestions whether the protecting questions are placed by the caller
 *     ({@code questions}) rather than on top of the form
 */
export function personForm({ kind = 'PROTECTION_REQUEST_AT_CROSSING_POINT', withKind = true, separateQuestions = false } = {}) {
  const protection = radios('protectionAsked', 'counter.protection.question', [['yes', 'common.yes'], ['no', 'common.no']], { required: true });
  const words = h('textarea', { name: 'words', rows: 2 });
  const child = radios('unaccompaniedChild', 'counter.child.question', [['no', 'counter.child.no'], ['yes', 'common.yes']]);
  child.querySelector('input[value="no"]').checked = true;
  const needs = h(
    'fieldset',
    { class: 'needs', dataset: { field: 'specificNeeds' } },
    h('legend', {}, t('counter.needs')),
    h('p', { class: 'hint' }, t('counter.needs.hint')),
    h('div', { class: 'grid' }, NEEDS.map((code) => checkbox(`need-${code}`, `need.${code}`, { value: code }))),
    field('counter.needs.note', h('textarea', { name: 'needsNote', rows: 2 })),
    h('p', { class: 'error', 'aria-live': 'polite' }),
  );
  const questions = h(
    'section',
    { class: 'protect', 'aria-labelledby': 'protect-title' },
    h('h2', { id: 'protect-title' }, t('counter.protect.title')),
    protection,
    field('counter.protection.words', words, { hint: 'counter.protection.words.hint' }),
    child,
    needs,
  );

  const kindSelect = select('kind', KINDS.map((value) => [value, t(`kind.${value}`)]));
  kindSelect.value = kind;
  const occurredAt = input('occurredAt', { type: 'datetime-local', value: localDateTime() });
  const person = h(
    'fieldset',
    { class: 'person' },
    h('legend', {}, t('counter.person')),
    h(
      'div',
      { class: 'grid' },
      withKind ? field('counter.kind', kindSelect) : null,
      field('counter.occurred-at', occurredAt, { required: true }),
      field('person.surname', input('surname', { autocomplete: 'off' })),
      field('person.given-names', input('givenNames')),
      field('person.original-script', input('originalScriptName', { dir: 'auto' }), { hint: 'person.original-script.hint' }),
      field('person.date-of-birth', input('dateOfBirth', { inputmode: 'numeric', placeholder: 'YYYY-MM-DD' }), { hint: 'person.date-of-birth.hint' }),
      h('div', { class: 'field' }, checkbox('dateOfBirthEstimated', 'person.date-of-birth.estimated')),
      field('person.sex', select('sex', [['', t('common.none')], ['F', t('sex.F')], ['M', t('sex.M')], ['X', t('sex.X')]])),
      field('person.nationality', input('nationality', { maxlength: 3, placeholder: 'SYR', class: 'code' }), { hint: 'person.nationality.hint' }),
      field('person.place-of-birth', input('placeOfBirth')),
      field('person.languages', input('languages', { placeholder: 'ara, eng' }), { hint: 'person.languages.hint' }),
    ),
  );
  const documentBox = h(
    'fieldset',
    { class: 'document' },
    h('legend', {}, t('counter.document')),
    h(
      'div',
      { class: 'grid' },
      field('document.number', input('documentNumber')),
      field('document.issuing-state', input('issuingState', { maxlength: 3, class: 'code' })),
      field('document.expiry', input('expiryDate', { type: 'date' })),
    ),
  );
  // the counter keeps the questions beside the form, always in sight; a group member's form has them on top
  const element = h('div', { class: 'person-form' }, separateQuestions ? null : questions, person, documentBox);
  const find = (selector) => element.querySelector(selector) || questions.querySelector(selector);
  const value = (name) => find(`[name="${name}"]`).value.trim();
  let mrz = null;

  return {
    element,
    questions,
    protectionControl: () => protection.querySelector('input'),

    /** The MRZ as read (its fields fill the form); sent with the registration so the server checks it again. */
    fill(reading, text) {
      mrz = text;
      const doc = reading.document || {};
      const set = (name, v) => {
        if (v !== undefined && v !== null && v !== '') find(`[name="${name}"]`).value = v;
      };
      if (doc.name) {
        set('surname', doc.name.primaryIdentifier);
        set('givenNames', doc.name.secondaryIdentifier);
      }
      const date = (d) => (d && d.year ? [d.year, d.month, d.day].filter(Boolean).map((n, i) => (i ? String(n).padStart(2, '0') : n)).join('-') : '');
      set('dateOfBirth', date(doc.dateOfBirth));
      set('sex', { FEMALE: 'F', MALE: 'M', UNSPECIFIED: 'X' }[doc.sex]);
      set('nationality', doc.nationality && doc.nationality.code);
      set('documentNumber', doc.documentNumber);
      set('issuingState', doc.issuingState && doc.issuingState.code);
      set('expiryDate', date(doc.dateOfExpiry));
    },

    /** The NewEncounter body, or the name of the question not yet answered. */
    read({ crossingPointId } = {}) {
      const asked = find('input[name="protectionAsked"]:checked');
      const childAlone = find('input[name="unaccompaniedChild"]:checked');
      const surname = value('surname');
      const givenNames = value('givenNames');
      const fromDocument = !!mrz;
      const personBody = {
        [fromDocument ? 'documentSurname' : 'statedSurname']: surname || undefined,
        [fromDocument ? 'documentGivenNames' : 'statedGivenNames']: givenNames || undefined,
        originalScriptName: value('originalScriptName') || undefined,
        dateOfBirth: value('dateOfBirth') || undefined,
        dateOfBirthEstimated: find('[name="dateOfBirthEstimated"]').checked,
        sex: value('sex') || undefined,
        placeOfBirth: value('placeOfBirth') || undefined,
        nationalities: value('nationality') ? [value('nationality').toUpperCase()] : [],
        languages: value('languages') ? value('languages').split(/[\s,]+/).filter(Boolean).map((code) => code.toLowerCase()) : [],
      };
      const documents = [];
      if (mrz) documents.push({ mrz });
      else if (value('documentNumber')) {
        documents.push({ number: value('documentNumber'), issuingState: value('issuingState').toUpperCase() || undefined, expiryDate: value('expiryDate') || undefined });
      }
      const specificNeeds = NEEDS.filter((code) => find(`[name="need-${code}"]`).checked).map((category) => ({
        category,
        note: category === 'OTHER' || value('needsNote') ? value('needsNote') || undefined : undefined,
      }));
      const occurred = value('occurredAt');
      const body = {
        kind: withKind ? value('kind') : kind,
        crossingPointId: crossingPointId || undefined,
        occurredAt: occurred ? new Date(occurred).toISOString() : new Date().toISOString(),
        person: personBody,
        documents,
        unaccompaniedChild: childAlone ? childAlone.value === 'yes' : false,
        specificNeeds,
      };
      if (asked && asked.value === 'yes') body.protectionRequested = value('words') ? { words: value('words') } : {};
      return { body, unanswered: asked ? null : 'protectionAsked' };
    },

    /** The words that name the person in lists and in the queue. */
    label() {
      return [value('surname'), value('givenNames')].filter(Boolean).join(', ') || value('originalScriptName') || t('person.unnamed');
    },

    /** Search terms for "already known?": the document number, or the name with birth date and nationality. */
    probe() {
      const name = [value('surname'), value('givenNames')].filter(Boolean).join(' ') || value('originalScriptName');
      return {
        documentNumber: value('documentNumber') || undefined,
        name: value('documentNumber') ? undefined : name || undefined,
        dateOfBirth: /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value('dateOfBirth')) ? value('dateOfBirth') : undefined,
        nationality: /^[A-Z]{3}$/i.test(value('nationality')) ? value('nationality').toUpperCase() : undefined,
      };
    },
  };
}
