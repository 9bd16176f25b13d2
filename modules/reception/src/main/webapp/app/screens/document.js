// The temporary document (#/document/<arrivalId>): issue one, see every document the person was
// given with its status today, and print the current one. Printing hides the app around it
// (@media print); the server's certificate (with the QR code that carries only the number and the
// verification address) opens beside it for the official paper.
import { t, fmt } from '../shell/i18n.js';
import { h } from '../shell/dom.js';
import { read, offlineNote, arrivalHeader, definitions, plainName, send, useStyles } from './reception.js';

export default {
  async render(view, ctx) {
    useStyles();
    const id = ctx.params[0];
    if (!id) {
      ctx.navigate('#/arrivals');
      return;
    }
    const [answer, documents] = await Promise.all([read(`arrivals/${encodeURIComponent(id)}`), read(`arrivals/${encodeURIComponent(id)}/documents`)]);
    const arrival = answer.body;
    const current = documents.body.find((document) => document.status === 'VALID');
    view.append(arrivalHeader(arrival, 'document'), offlineNote(documents));

    const outcome = h('div', { 'aria-live': 'assertive', class: 'no-print' });
    if (!documents.offline) {
      view.append(
        h(
          'div',
          { class: 'actions' },
          h(
            'button',
            {
              type: 'button',
              class: current ? null : 'primary',
              id: 'issue-document',
              onclick: async () => {
                // no body: everything on the paper comes from the arrival and the legal profile
                const sent = await send({ method: 'POST', path: `arrivals/${arrival.id}/documents`, label: t('document.label', { name: plainName(arrival) }) }, { outcome, ctx });
                if (sent && sent.state === 'sent') {
                  ctx.notify(t('document.issued', { number: sent.result.body.number }), 'good');
                  ctx.rerender();
                }
              },
            },
            t(current ? 'document.replace' : 'document.issue'),
          ),
          current ? h('span', { class: 'hint' }, t('document.replace.hint')) : null,
        ),
        outcome,
      );
    }
    if (current) view.append(printView(arrival, current));
    view.append(history(documents.body));
  },
};

function printView(arrival, document) {
  return h(
    'section',
    { class: 'print-document', id: 'print-document', 'aria-labelledby': 'print-title' },
    h('h2', { id: 'print-title' }, t('document.print.title')),
    h(
      'div',
      { class: 'paper' },
      h('p', { class: 'paper-heading' }, t('document.paper.heading')),
      h('div', { class: 'photo-box', role: 'img', 'aria-label': t('document.photo') }, t('document.photo')),
      definitions([
        ['arrival.surname', arrival.surname ? h('bdi', {}, arrival.surname) : null],
        ['arrival.given-names', arrival.givenNames ? h('bdi', {}, arrival.givenNames) : null],
        ['arrival.original-script', arrival.originalScriptName ? h('bdi', { dir: 'auto' }, arrival.originalScriptName) : null],
        ['arrival.date-of-birth', arrival.dateOfBirth ? fmt.date(arrival.dateOfBirth) : null],
        ['arrival.nationalities', (arrival.nationalities || []).join(', ')],
        ['document.number', h('bdi', { class: 'document-number', dir: 'ltr' }, document.number)],
        ['document.issue-date', fmt.date(document.issueDate)],
        ['document.valid-until', fmt.date(document.validUntil)],
        ['document.validity', document.validity ? h('bdi', { lang: 'en', dir: 'ltr' }, document.validity.explanation) : null],
        ['common.legal-basis', document.validity ? h('bdi', { lang: 'en', dir: 'ltr' }, document.validity.basis) : null],
      ]),
      h('p', { class: 'muted' }, t('document.verify', { number: document.number })),
    ),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'primary', id: 'print', onclick: () => window.print() }, t('document.print')),
      h('a', { href: `../api/v1/documents/${encodeURIComponent(document.number)}/certificate`, target: '_blank', rel: 'noopener', id: 'certificate' }, t('document.certificate')),
    ),
  );
}

function history(documents) {
  const section = h('section', { 'aria-labelledby': 'documents-title', class: 'no-print' }, h('h2', { id: 'documents-title' }, t('document.history')));
  if (documents.length === 0) {
    section.append(h('p', { class: 'muted' }, t('document.none')));
    return section;
  }
  section.append(
    h(
      'table',
      { id: 'documents' },
      h('caption', {}, t('document.history')),
      h('thead', {}, h('tr', {}, ['document.number', 'document.status', 'document.issue-date', 'document.valid-until'].map((key) => h('th', { scope: 'col' }, t(key))))),
      h(
        'tbody',
        {},
        documents.map((document) =>
          h(
            'tr',
            { dataset: { number: document.number } },
            h('th', { scope: 'row' }, h('bdi', { dir: 'ltr' }, document.number)),
            h('td', {}, h('span', { class: `badge ${document.status === 'VALID' ? 'badge-ok' : 'badge-overdue'}` }, t(`document.status.${document.status}`))),
            h('td', {}, fmt.date(document.issueDate)),
            h('td', {}, fmt.date(document.validUntil)),
          ),
        ),
      ),
    ),
  );
  return section;
}
