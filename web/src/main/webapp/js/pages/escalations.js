// Escalations for the chefsläkare and the MAS: serious cases routed to their principal, to be
// acknowledged with a decision; and, below, the outcome of those their principal reported.

import { api } from '../api.js';
import { dateTime, h } from '../dom.js';
import { flash } from '../flash.js';
import { choices, errorSummary, field, problemErrors, showErrors } from '../forms.js';
import { language, t } from '../i18n.js';
import { principalName } from '../registry.js';

const DECISIONS = ['UNDER_ASSESSMENT', 'NOT_REPORTABLE', 'LEX_MARIA', 'LEX_SARAH'];

function acknowledgeForm(escalation, reload) {
  const summary = errorSummary();
  const form = h('form', { class: 'action', novalidate: true },
    summary,
    choices({
      name: 'decision', legend: t('escalation.decision'), required: true,
      options: DECISIONS.map((d) => ({ value: d, label: t(`decision.${d}`), hint: t(`decision.${d}.hint`) })),
    }),
    field({
      label: t('escalation.ivoReference'), hint: t('escalation.ivoReference.hint'), optional: true,
      input: h('input', { name: 'ivoReference', maxlength: 100, autocomplete: 'off' }),
    }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('escalation.acknowledge'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(form).entries());
    if (!values.decision) {
      showErrors(form, summary, [{ field: 'decision', message: t('escalation.error.decision') }]);
      return;
    }
    try {
      await api(`/escalations/${escalation.id}/acknowledgement`, {
        method: 'POST', body: { decision: values.decision, ivoReference: values.ivoReference || null },
      });
      flash(t('escalation.done', escalation.caseNumber));
      reload();
    } catch (error) {
      showErrors(form, summary, problemErrors(error));
    }
  });
  return form;
}

function item(escalation, reload, received) {
  const lang = language();
  return h('li', { class: `card${escalation.overdue ? ' is-overdue' : ''}` },
    h('h3', { class: 'card-title' }, h('a', { href: `#/cases/${escalation.caseId}` }, escalation.caseNumber)),
    h('p', { class: 'card-meta' },
      t('escalation.createdAt', dateTime(escalation.createdAt, lang)),
      received ? null : [' · ', principalName(escalation.principalId)],
      escalation.overdue ? [' · ', h('span', { class: 'overdue' }, h('span', { 'aria-hidden': 'true' }, '⚠ '), t('escalation.overdue'))] : null),
    escalation.acknowledgedAt
      ? h('p', {}, t('escalation.acknowledged', dateTime(escalation.acknowledgedAt, lang), t(`decision.${escalation.decision}`)),
        escalation.ivoReference ? ` · ${t('escalation.ivoReference')}: ${escalation.ivoReference}` : null)
      : (received ? acknowledgeForm(escalation, reload) : h('p', {}, t('escalation.notYet'))));
}

export default async function escalations({ reload }) {
  const [received, informed] = await Promise.all([api('/escalations'), api('/escalations?scope=informed')]);
  const waiting = received.filter((e) => !e.acknowledgedAt);
  const done = received.filter((e) => e.acknowledgedAt);
  return {
    title: t('escalation.title'),
    content: h('div', {},
      h('h1', {}, t('escalation.title')),
      h('p', { class: 'lead' }, t('escalation.intro')),
      h('section', { class: 'panel' }, h('h2', {}, t('escalation.waiting', waiting.length)),
        waiting.length ? h('ul', { class: 'cards' }, waiting.map((e) => item(e, reload, true))) : h('p', { class: 'empty' }, t('escalation.none'))),
      h('section', { class: 'panel' }, h('h2', {}, t('escalation.handled')),
        done.length ? h('ul', { class: 'cards' }, done.map((e) => item(e, reload, true))) : h('p', { class: 'empty' }, t('escalation.none'))),
      h('section', { class: 'panel' }, h('h2', {}, t('escalation.informed')),
        informed.length ? h('ul', { class: 'cards' }, informed.map((e) => item(e, reload, false))) : h('p', { class: 'empty' }, t('escalation.none')))),
  };
}
