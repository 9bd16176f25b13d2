// What the trainer's and the trainee's screens share: an exercise's texts in the officer's language,
// the runner's printable pages (briefing, report, feedback) as links, sending through the offline
// queue with the runner's refusals shown as refusals, and one way to lay out a scorecard — critical
// errors first, every point lost with its rule and legal basis.
import { t, fmt, currentLanguage } from '../shell/i18n.js';
import { h, personName } from '../shell/dom.js';
import { sendChange } from '../shell/changes.js';
import { outbox } from '../shell/outbox.js';
import { moduleName } from '../shell/store.js';

/** The languages a trainee's briefing and account can be in (the runner's {@code language}). */
export const LANGUAGES = ['en', 'fr', 'ar', 'es'];

/** Loads the module's stylesheet once; the CSP allows same-origin sheets only. */
export function useStyles() {
  if (!document.querySelector('link[data-training]')) {
    document.head.append(h('link', { rel: 'stylesheet', href: 'screens/training.css', dataset: { training: 'yes' } }));
  }
}

/** Where the runner's own pages are: opened as pages (the session cookie goes with them), not read by script. */
export function apiPage(path) {
  return `/${moduleName()}/api/v1/${path}`;
}

/**
 * An exercise text ({en, fr, ar …}; the record's {@code Texts} may also come as {byLanguage: …}) in
 * the officer's language, else in English. A text shown in another language than the page's says
 * so ({@code lang}), so that a screen reader reads it with the right voice.
 */
export function say(texts) {
  if (texts === undefined || texts === null) return '';
  if (typeof texts === 'string') return texts;
  const byLanguage = texts.byLanguage || texts;
  const language = currentLanguage();
  if (byLanguage[language]) return byLanguage[language];
  const fallback = byLanguage.en ? 'en' : Object.keys(byLanguage)[0];
  if (!fallback) return '';
  return h('span', { lang: fallback, dir: 'auto' }, byLanguage[fallback]);
}

/** The same, as plain text (an option's label, a queue item's label). */
export function sayPlain(texts) {
  const said = say(texts);
  return typeof said === 'string' ? said : said.textContent;
}

/** Paragraphs of a text written with blank lines between them. */
export function paragraphs(texts) {
  const said = say(texts);
  const text = typeof said === 'string' ? said : said.textContent;
  const lang = typeof said === 'string' ? null : said.lang;
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => h('p', { lang }, part));
}

/** A count the API gives as a number or as the list itself. */
export function count(value) {
  return Array.isArray(value) ? value.length : Number(value || 0);
}

export function exerciseTitle(exercises, id) {
  const exercise = exercises.find((candidate) => candidate.id === id);
  return exercise ? say(exercise.title) : h('code', {}, id);
}

/**
 * Sends through the offline queue (the shell's {@code sendChange}). The queue takes a 409 on a
 * creation for a first copy still being processed and keeps it waiting; the runner's 409s are its
 * answer about the suite (not a training instance, the wrong profile, a run already closed), so
 * such an item leaves the queue and the refusal is shown where the trainer is.
 */
export async function send(request, { form, outcome, ctx }) {
  const after = await sendChange(request, { form, result: outcome, ctx });
  if (after && after.state === 'waiting' && after.problem && after.problem.status === 409) {
    await outbox.discard(after.id);
    ctx.notify(after.problem.title || t('training.refused'), 'error');
    outcome.replaceChildren(refusal(after.problem));
    return null;
  }
  return after;
}

/** The runner's refusal as the trainer must read it: what is wrong with the suite, and which module. */
export function refusal(problem) {
  const kind = String(problem.type || '').split(/[:/]/).pop();
  const known = ['not-a-training-instance', 'wrong-profile'].includes(kind);
  return h(
    'div',
    { class: 'alert', role: 'alert', dataset: { problem: kind } },
    h('p', {}, h('strong', {}, known ? t(`training.problem.${kind}`) : problem.title || t('training.refused'))),
    problem.detail ? h('p', { lang: 'en', dir: 'ltr' }, problem.detail) : null,
    known ? h('p', { class: 'hint' }, t(`training.problem.${kind}.what-to-do`)) : null,
  );
}

/** A persona of the cast: the runner resolves an alias to the persona (an object) or to its id and names. */
export function castMembers(exercise) {
  const cast = exercise.cast || [];
  const list = Array.isArray(cast) ? cast : Object.entries(cast).map(([alias, member]) => ({ alias, ...member }));
  return list.map((member) => {
    const persona = member.persona && typeof member.persona === 'object' ? member.persona : member;
    return {
      alias: member.alias,
      id: member.personaId || (typeof member.persona === 'string' ? member.persona : persona.id) || '',
      persona,
      note: member.note,
    };
  });
}

export function castName(persona) {
  if (persona.statedSurname || persona.statedGivenNames || persona.originalScriptName) return personName(persona);
  return h('bdi', {}, persona.name || persona.displayName || t('person.unnamed'));
}

// ---- scorecards ---------------------------------------------------------------------------------

export function criticalCount(card) {
  return (card.criticalErrors || []).length;
}

/** Trainees with critical errors first (most first), then the lowest scores: who needs the trainer first. */
export function byAttention(a, b) {
  return criticalCount(b) - criticalCount(a) || (a.score ?? 0) - (b.score ?? 0) || String(a.account).localeCompare(String(b.account));
}

export function traineeName(card) {
  return h('bdi', {}, card.displayName || card.account);
}

export function scoreText(card) {
  return t('score.of', { score: fmt.number(card.score ?? 0), possible: fmt.number(card.possible ?? 0) });
}

function persona(finding) {
  if (!finding.personaName && !finding.persona) return null;
  return h('span', { class: 'finding-persona' }, h('bdi', {}, finding.personaName || ''), finding.persona ? ` (${t('score.persona', { alias: finding.persona })})` : '');
}

function ruleAndBasis(finding) {
  return [
    finding.rule ? h('p', { class: 'finding-rule' }, `${t('common.rule')}: `, h('code', {}, finding.rule)) : null,
    finding.basis ? h('p', { class: 'finding-basis' }, `${t('common.legal-basis')}: `, h('bdi', {}, finding.basis)) : null,
  ];
}

/** One finding: what happened (or did not), about whom, why it matters, by which rule and basis. */
export function finding(item, sort) {
  const heading =
    sort === 'critical'
      ? [h('strong', {}, t('score.critical'), ': ', t(`critical.${item.kind}`)), ' ', h('span', { class: 'points' }, t('score.penalty', { points: fmt.number(item.points ?? 0) }))]
      : sort === 'lost'
        ? [h('strong', {}, t('score.lost', { points: fmt.number(item.points ?? 0) }))]
        : [h('strong', {}, t('score.earned', { points: fmt.number(item.points ?? 0) }))];
  return h(
    'li',
    { class: `finding finding-${sort}`, dataset: { item: item.itemId || '', kind: item.kind || '' } },
    h('p', { class: 'finding-head' }, heading, item.competence ? [' · ', t('score.competence', { competence: item.competence })] : null),
    persona(item) ? h('p', {}, persona(item)) : null,
    sort === 'earned' ? null : item.explanation ? h('p', { class: 'finding-explanation' }, say(item.explanation)) : null,
    item.observation ? h('p', { class: 'muted' }, `${t('score.observation')}: `, h('code', {}, item.observation)) : null,
    sort === 'earned' ? null : ruleAndBasis(item),
  );
}

function findings(list, sort, headingLevel, titleKey) {
  if (!list || list.length === 0) return null;
  return h(
    'section',
    { class: `findings findings-${sort}` },
    h(headingLevel, {}, t(titleKey, { count: fmt.number(list.length) })),
    h('ul', { class: 'cards' }, list.map((item) => finding(item, sort))),
  );
}

/**
 * A scorecard, in the order a trainee must read it: the critical errors first, then the points
 * lost with their explanations, then the competences and what was done right.
 */
export function scorecard(card, { headingLevel = 'h2' } = {}) {
  const critical = card.criticalErrors || [];
  return h(
    'div',
    { class: 'scorecard', dataset: { account: card.account || '' } },
    h(
      'p',
      { class: 'score-line' },
      h('span', { class: 'score-figure' }, scoreText(card)),
      ' ',
      t('score.detail', { earned: fmt.number(card.earned ?? 0), penalties: fmt.number(card.penalties ?? 0) }),
    ),
    critical.length === 0 ? h('p', { class: 'good' }, t('score.no-critical')) : findings(critical, 'critical', headingLevel, 'score.critical.title'),
    findings(card.lost, 'lost', headingLevel, 'score.lost.title'),
    competences(card.competences, headingLevel),
    findings(card.earnedItems, 'earned', headingLevel, 'score.earned.title'),
  );
}

function competences(list, headingLevel) {
  if (!list || list.length === 0) return null;
  return h(
    'section',
    { class: 'competences' },
    h(headingLevel, {}, t('score.competences')),
    h(
      'table',
      {},
      h('caption', {}, t('score.competences.caption')),
      h('thead', {}, h('tr', {}, ['score.competence.name', 'score.competence.earned', 'score.competence.possible'].map((key) => h('th', { scope: 'col' }, t(key))))),
      h(
        'tbody',
        {},
        list.map((competence) =>
          h('tr', {}, h('th', { scope: 'row' }, competence.competence), h('td', {}, fmt.number(competence.earned ?? 0)), h('td', {}, fmt.number(competence.possible ?? 0))),
        ),
      ),
    ),
  );
}
