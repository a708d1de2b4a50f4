// One case: everything about it, its dialogue and history, and exactly the actions this viewer
// may take now, as the server lists them in "actions" (CaseActions): nothing offered is refused.

import { api } from '../api.js';
import { date, dateTime, h } from '../dom.js';
import { flash } from '../flash.js';
import { choices, clearErrors, errorSummary, field, problemErrors, showErrors } from '../forms.js';
import { language, t } from '../i18n.js';
import { containsIdentityNumber } from '../identifiers.js';
import { overdueMark, seriousMark, statusBadge } from '../cases.js';
import { allPrincipals, areaName, principal, principalName } from '../registry.js';

function facts(c) {
  const lang = language();
  const rows = [
    ['case.type', t(`type.${c.type}`)],
    ['case.reporting', principalName(c.reportingPrincipalId)],
    ['case.concerned', principalName(c.concernedPrincipalId)],
    ['case.routedTo', principalName(c.routedToPrincipalId)],
    c.informedPrincipalIds.length ? ['case.informed', c.informedPrincipalIds.map(principalName).join(', ')] : null,
    ['case.area', areaName(c.areaCode)],
    ['case.purchased', t(c.purchasedService ? 'common.yes' : 'common.no')],
    ['case.occurredAt', dateTime(c.occurredAt, lang)],
    ['case.submittedAt', dateTime(c.submittedAt, lang)],
    ['case.acknowledgeDue', date(c.acknowledgeDue, lang)],
    c.acknowledgedAt ? ['case.acknowledgedAt', dateTime(c.acknowledgedAt, lang)] : null,
    ['case.answerDue', date(c.answerDue, lang)],
    c.answeredAt ? ['case.answeredAt', dateTime(c.answeredAt, lang)] : null,
    c.closedAt ? ['case.closedAt', dateTime(c.closedAt, lang)] : null,
    ['case.severity', t('case.severity.value', c.consequence, t(`consequence.${c.consequence}`), c.likelihood, t(`likelihood.${c.likelihood}`))],
    c.assessedConsequence ? ['case.assessed', t('case.severity.value', c.assessedConsequence, t(`consequence.${c.assessedConsequence}`), c.assessedLikelihood, t(`likelihood.${c.assessedLikelihood}`))] : null,
  ].filter(Boolean);
  return h('dl', { class: 'facts' }, rows.map(([key, value]) => [h('dt', {}, t(key)), h('dd', {}, value)]));
}

function text(title, value) {
  if (!value) return null;
  return h('section', { class: 'panel' }, h('h2', {}, title), h('p', { class: 'prose' }, value));
}

function patientPanel(c) {
  if (c.patient) {
    return h('section', { class: 'panel patient' },
      h('h2', {}, t('case.patient')),
      h('dl', { class: 'facts' },
        h('dt', {}, t('report.patient.number')), h('dd', {}, c.patient.personalIdentityNumber),
        h('dt', {}, t('report.patient.ground')), h('dd', {}, t(`legalGround.${c.patient.legalGround}`)),
        c.patient.note ? [h('dt', {}, t('report.patient.note')), h('dd', {}, c.patient.note)] : null),
      h('p', { class: 'hint' }, t('case.patient.logged')));
  }
  if (c.hasPatient) return h('p', { class: 'hint' }, t('case.patient.hidden'));
  return null;
}

/** Every answer given, newest first: a returned case keeps the earlier ones beneath. */
function answerPanel(c, lang) {
  const answers = c.answers || [];
  if (!answers.length) return null;
  const latest = answers.length - 1;
  return h('section', { class: 'panel' },
    h('h2', {}, t('case.answer')),
    answers.slice().reverse().map((a) => h('article', { class: a.number - 1 === latest ? 'answer' : 'answer earlier' },
      answers.length > 1 ? h('h3', {}, t(a.number - 1 === latest ? 'case.answer.current' : 'case.answer.earlier', a.number)) : null,
      h('p', { class: 'meta' }, principalName(a.principalId), ' · ', dateTime(a.at, lang)),
      h('p', { class: 'prose' }, a.summary),
      a.measures.length ? [h('h4', {}, t('case.measures')), h('ul', {}, a.measures.map((m) => h('li', {}, m.description)))] : null)));
}

/** One action as a small form: fields, a button, errors by their fields. */
function actionForm({ c, name, title, fields = [], button, path, body, done, narrative = [], collapsed = false }) {
  const summary = errorSummary();
  const form = h('form', { class: 'action', novalidate: true, 'data-action': name }, summary, fields,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, button)));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(form).entries());
    const problems = narrative.filter((n) => containsIdentityNumber(values[n]))
      .map((n) => ({ field: n, message: t('report.error.pnrInText') }));
    if (problems.length) { showErrors(form, summary, problems); return; }
    clearErrors(form, summary);
    const submit = form.querySelector('button[type=submit]');
    submit.disabled = true;
    try {
      await api(`/cases/${c.id}/${path}`, { method: 'POST', body: body ? body(values, form) : undefined });
      flash(done);
      form.dispatchEvent(new CustomEvent('acted', { bubbles: true }));
    } catch (error) {
      showErrors(form, summary, error.status === 409 ? [{ field: null, message: t('case.error.conflict') }] : problemErrors(error));
    } finally {
      submit.disabled = false;
    }
  });
  // Less frequent actions fold away, so the one the case waits for stands out.
  if (collapsed) {
    return h('details', { class: 'panel action-panel' }, h('summary', {}, h('h3', {}, title)), form);
  }
  return h('section', { class: 'panel action-panel' }, h('h3', {}, title), form);
}

function measuresField() {
  const list = h('ol', { class: 'measures', 'aria-describedby': 'measures-hint' });
  const add = () => {
    const index = list.children.length;
    list.append(h('li', {}, field({
      label: t('case.answer.measure', index + 1),
      input: h('textarea', { name: `measures[${index}].description`, rows: 2, maxlength: 2000 }),
    })));
  };
  add();
  return h('div', {}, h('p', { class: 'hint', id: 'measures-hint' }, t('action.answer.measures.hint')), list, h('button', {
    type: 'button', class: 'secondary',
    onclick: () => { add(); list.lastElementChild.querySelector('textarea').focus(); },
  }, t('case.answer.addMeasure')));
}

function severityChoices(name, legend) {
  return choices({
    name, legend, required: true,
    options: [1, 2, 3, 4].map((n) => ({ value: String(n), label: `${n} – ${t(`${name}.${n}`)}` })),
  });
}

function actions(c) {
  const allowed = new Set(c.actions || []);
  const forms = [];
  if (allowed.has('ACKNOWLEDGE')) {
    forms.push(actionForm({ c, name: 'acknowledge', title: t('action.acknowledge'), button: t('action.acknowledge.button'), path: 'acknowledgement', done: t('action.acknowledge.done') }));
  }
  if (allowed.has('ANSWER')) {
    forms.push(actionForm({
      c, name: 'answer', title: t('action.answer'), button: t('action.answer.button'), path: 'answer', done: t('action.answer.done'),
      narrative: ['summary'],
      fields: [
        field({ label: t('action.answer.summary'), hint: t('action.answer.summary.hint'), input: h('textarea', { name: 'summary', rows: 4, maxlength: 10000 }) }),
        measuresField(),
      ],
      body: (values) => ({
        summary: values.summary,
        measures: Object.keys(values).filter((k) => k.startsWith('measures[')).map((k) => values[k].trim())
          .filter(Boolean).map((description) => ({ description })),
      }),
    }));
  }
  if (allowed.has('CLOSE')) {
    forms.push(actionForm({ c, name: 'close', title: t('action.close'), button: t('action.close.button'), path: 'closure', done: t('action.close.done') }));
  }
  if (allowed.has('RETURN')) {
    forms.push(actionForm({
      c, name: 'return', collapsed: true, title: t('action.return'), button: t('action.return.button'), path: 'return', done: t('action.return.done'), narrative: ['reason'],
      fields: [field({ label: t('action.return.reason'), input: h('textarea', { name: 'reason', rows: 3, maxlength: 2000 }) })],
      body: (values) => ({ reason: values.reason }),
    }));
  }
  if (allowed.has('ASSESS')) {
    forms.push(actionForm({
      c, name: 'assess', collapsed: true, title: t('action.assess'), button: t('action.assess.button'), path: 'assessment', done: t('action.assess.done'),
      fields: [h('p', { class: 'hint' }, t('action.assess.hint')), severityChoices('consequence', t('report.consequence')), severityChoices('likelihood', t('report.likelihood'))],
      body: (values) => ({ consequence: Number(values.consequence), likelihood: Number(values.likelihood) }),
    }));
  }
  if (allowed.has('FORWARD')) {
    const reporting = principal(c.reportingPrincipalId);
    const targets = allPrincipals().filter((p) => p.id !== c.routedToPrincipalId && (!reporting || p.kind !== reporting.kind));
    forms.push(actionForm({
      c, name: 'forward', collapsed: true, title: t('action.forward'), button: t('action.forward.button'), path: 'forwarding', done: t('action.forward.done'), narrative: ['reason'],
      fields: [
        field({ label: t('action.forward.to'), input: h('select', { name: 'toPrincipalId' }, h('option', { value: '' }, t('report.concerned.choose')), targets.map((p) => h('option', { value: p.id }, p.name))) }),
        field({ label: t('action.forward.reason'), input: h('textarea', { name: 'reason', rows: 2, maxlength: 2000 }) }),
      ],
      body: (values) => ({ toPrincipalId: values.toPrincipalId, reason: values.reason }),
    }));
  }
  if (allowed.has('EXTEND_DEADLINE')) {
    forms.push(actionForm({
      c, name: 'extend', collapsed: true, title: t('action.extend'), button: t('action.extend.button'), path: 'deadline-extensions', done: t('action.extend.done'), narrative: ['agreement'],
      fields: [
        field({ label: t('action.extend.clock'), input: h('select', { name: 'clock' },
          c.status === 'SUBMITTED' ? h('option', { value: 'ACKNOWLEDGEMENT' }, t('case.acknowledgeDue')) : null,
          h('option', { value: 'ANSWER' }, t('case.answerDue'))) }),
        field({ label: t('action.extend.until'), input: h('input', { name: 'until', type: 'date' }) }),
        field({ label: t('action.extend.agreement'), hint: t('action.extend.agreement.hint'), input: h('textarea', { name: 'agreement', rows: 2, maxlength: 2000 }) }),
      ],
      body: (values) => ({
        clock: values.clock,
        until: values.until ? new Date(`${values.until}T23:59`).toISOString() : null,
        agreement: values.agreement,
      }),
    }));
  }
  if (allowed.has('RAISE_TO_FORUM')) {
    forms.push(actionForm({
      c, name: 'forum', collapsed: true, title: t('action.forum'), button: t('action.forum.button'), path: 'forum-matters', done: t('action.forum.done'), narrative: ['subject'],
      fields: [
        h('p', { class: 'hint' }, t('action.forum.hint')),
        choices({
          name: 'kind', legend: t('action.forum.kind'), required: true,
          options: ['RECURRING_FAULT', 'PRINCIPLE', 'RESPONSIBILITY'].map((k) => ({ value: k, label: t(`forumKind.${k}`) })),
        }),
        field({ label: t('action.forum.subject'), hint: t('action.forum.subject.hint'), input: h('input', { name: 'subject', type: 'text', maxlength: 200 }) }),
      ],
      body: (values) => ({ kind: values.kind, subject: values.subject }),
    }));
  }
  if (!forms.length) return null;
  return h('section', { class: 'panel' }, h('h2', {}, t('case.actions')), forms);
}

/** The case's line in the joint forum's register, once a party has raised it. */
function forumPanel(c) {
  const m = c.forumMatter;
  if (!m) return null;
  const lang = language();
  return h('section', { class: 'panel' }, h('h2', {}, t('case.forum')),
    h('dl', { class: 'facts' },
      h('dt', {}, t('action.forum.kind')), h('dd', {}, t(`forumKind.${m.kind}`)),
      h('dt', {}, t('action.forum.subject')), h('dd', {}, m.subject),
      h('dt', {}, t('case.forum.raised')), h('dd', {}, `${date(m.raisedAt, lang)}, ${principalName(m.raisedByPrincipalId)}`),
      h('dt', {}, t('case.forum.owner')), h('dd', {}, m.ownerPrincipalId ? principalName(m.ownerPrincipalId) : t('case.forum.noOwner')),
      h('dt', {}, t('case.forum.status')), h('dd', {}, t(`forumStatus.${m.status}`)),
      m.statusNote ? [h('dt', {}, t('case.forum.note')), h('dd', {}, m.statusNote)] : null));
}

function dialogue(c, comments) {
  const lang = language();
  const list = comments.length
    ? h('ol', { class: 'dialogue' }, comments.map((m) => h('li', {},
      h('p', { class: 'meta' }, principalName(m.principalId), ' · ', dateTime(m.at, lang)),
      h('p', { class: 'prose' }, m.text))))
    : h('p', { class: 'empty' }, t('case.dialogue.empty'));
  const form = (c.actions || []).includes('COMMENT')
    ? actionForm({
      c, name: 'comment', title: t('action.comment'), button: t('action.comment.button'), path: 'comments', done: t('action.comment.done'), narrative: ['text'],
      fields: [field({ label: t('action.comment.text'), hint: t('action.comment.hint'), input: h('textarea', { name: 'text', rows: 3, maxlength: 10000 }) })],
      body: (values) => ({ text: values.text }),
    })
    : null;
  return h('section', { class: 'panel' }, h('h2', {}, t('case.dialogue')), list, form);
}

function history(entries) {
  const lang = language();
  return h('section', { class: 'panel' }, h('h2', {}, t('case.history')),
    h('ol', { class: 'history' }, entries.map((e) => h('li', {},
      h('span', { class: 'meta' }, dateTime(e.at, lang)), ' ',
      h('strong', {}, t(`event.${e.event}`)), ' – ', principalName(e.principalId),
      e.detail && !['IMPORTED', 'ESCALATED'].includes(e.event) ? h('span', { class: 'detail' }, ` (${e.detail})`) : null))));
}

export default async function casePage({ params, reload }) {
  const id = params[0];
  const [c, comments, events] = await Promise.all([
    api(`/cases/${id}`), api(`/cases/${id}/comments`), api(`/cases/${id}/history`),
  ]);
  const content = h('article', { class: 'case' },
    h('p', { class: 'breadcrumb' }, h('a', { href: '#/' }, t('nav.start'))),
    h('h1', {}, h('span', { class: 'case-number' }, c.caseNumber), ' ', c.summary),
    h('p', { class: 'card-meta' }, statusBadge(c.status), ' ', overdueMark(c), ' ', seriousMark(c)),
    actions(c),
    h('section', { class: 'panel' }, h('h2', {}, t('case.facts')), facts(c)),
    text(t('report.description'), c.description),
    text(t('report.immediateActions'), c.immediateActions),
    patientPanel(c),
    answerPanel(c, language()),
    forumPanel(c),
    dialogue(c, comments),
    history(events));
  content.addEventListener('acted', () => reload());
  return { title: `${c.caseNumber} ${c.summary}`, content };
}
