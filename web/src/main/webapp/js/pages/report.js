// Report a deviation or complaint: a short form that a tired person gets right at night on a
// phone. Every field explains itself, errors appear by their fields and in a summary, the draft
// is kept as it is typed (drafts.js), and a retried send never files twice (Idempotency-Key).

import { api } from '../api.js';
import { h, localNow, withOffset } from '../dom.js';
import { keep, stamp, drop } from '../drafts.js';
import { checkbox, choices, clearErrors, errorSummary, field, problemErrors, showErrors } from '../forms.js';
import { t, tOr } from '../i18n.js';
import { containsIdentityNumber, isIdentityNumber } from '../identifiers.js';
import { allAreas, allPrincipals, principal } from '../registry.js';

const NARRATIVE = ['summary', 'description', 'immediateActions'];

async function sha256(text) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

function concernedChoices(user) {
  const own = principal(user.principal);
  const others = allPrincipals().filter((p) => !own || p.kind !== own.kind);
  const select = h('select', { name: 'concernedPrincipalId', required: true },
    others.length > 1 ? h('option', { value: '' }, t('report.concerned.choose')) : null,
    others.map((p) => h('option', { value: p.id }, p.name)));
  return field({
    label: t('report.concerned'),
    hint: [t('report.concerned.hint.region'), ' ', t('report.concerned.hint.municipality')].join(''),
    input: select,
  });
}

function areaChoices() {
  const select = h('select', { name: 'areaCode', required: true },
    h('option', { value: '' }, t('report.area.choose')),
    allAreas().filter((a) => !a.retired).map((a) => h('option', { value: a.code },
      `${tOr(`area.${a.code}`, a.name)} – ${tOr(`area.${a.code}.hint`, '')}`.replace(/ – $/, ''))));
  return field({ label: t('report.area'), hint: t('report.area.hint'), input: select });
}

function scale(name, legend, hint) {
  return choices({
    name, legend, hint, required: true,
    options: [1, 2, 3, 4].map((n) => ({
      value: String(n), label: `${n} – ${t(`${name}.${n}`)}`, hint: t(`${name}.${n}.hint`),
    })),
  });
}

function form(user) {
  const patientToggle = checkbox({ name: 'hasPatient', label: t('report.patient.toggle'), hint: t('report.patient.toggle.hint') });
  const patientSection = h('fieldset', { class: 'patient', hidden: true },
    h('legend', {}, t('report.patient.legend')),
    h('p', { class: 'hint' }, t('report.patient.intro')),
    field({
      label: t('report.patient.number'), hint: t('report.patient.number.hint'),
      input: h('input', { name: 'patient.personalIdentityNumber', autocomplete: 'off', inputmode: 'numeric', 'data-private': 'true', spellcheck: 'false' }),
    }),
    choices({
      name: 'patient.legalGround', legend: t('report.patient.ground'),
      options: ['CONSENT', 'SECRECY_ASSESSMENT'].map((g) => ({ value: g, label: t(`legalGround.${g}`), hint: t(`legalGround.${g}.hint`) })),
    }),
    field({
      label: t('report.patient.note'), optional: true,
      input: h('textarea', { name: 'patient.note', rows: 2, maxlength: 500, 'data-private': 'true' }),
    }));
  for (const input of patientSection.querySelectorAll('input[type=radio]')) input.dataset.private = 'true';
  const toggleInput = patientToggle.querySelector('input');
  toggleInput.dataset.private = 'true';
  const sync = () => { patientSection.hidden = !toggleInput.checked; };
  toggleInput.addEventListener('change', sync);

  const occurred = h('input', { type: 'datetime-local', name: 'occurredAt', required: true, max: localNow(), value: localNow() });
  const el = h('form', { class: 'report', novalidate: true },
    choices({
      name: 'type', legend: t('report.type'),
      options: ['DEVIATION', 'COMPLAINT'].map((v) => ({ value: v, label: t(`type.${v}`), hint: t(`type.${v}.hint`) })),
    }),
    concernedChoices(user),
    checkbox({ name: 'purchasedService', label: t('report.purchased'), hint: t('report.purchased.hint') }),
    areaChoices(),
    field({ label: t('report.occurredAt'), hint: t('report.occurredAt.hint'), input: occurred }),
    field({
      label: t('report.summary'), hint: t('report.summary.hint'),
      input: h('input', { name: 'summary', required: true, maxlength: 200, autocomplete: 'off' }),
    }),
    field({
      label: t('report.description'), hint: t('report.description.hint'),
      input: h('textarea', { name: 'description', rows: 6, maxlength: 10000 }),
    }),
    field({
      label: t('report.immediateActions'), hint: t('report.immediateActions.hint'), optional: true,
      input: h('textarea', { name: 'immediateActions', rows: 3, maxlength: 10000 }),
    }),
    scale('consequence', t('report.consequence'), t('report.consequence.hint')),
    scale('likelihood', t('report.likelihood'), t('report.likelihood.hint')),
    checkbox({ name: 'seriousEvent', label: t('report.serious'), hint: t('report.serious.hint') }),
    patientToggle,
    patientSection,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('report.submit'))));
  el.querySelector('input[name=type][value=DEVIATION]').checked = true;
  return { el, sync };
}

function localErrors(values) {
  const errors = [];
  const need = (name, key) => { if (!values[name]) errors.push({ field: name, message: t(key) }); };
  need('concernedPrincipalId', 'report.error.concerned');
  need('areaCode', 'report.error.area');
  need('occurredAt', 'report.error.occurredAt');
  if (values.occurredAt && new Date(values.occurredAt) > new Date()) {
    errors.push({ field: 'occurredAt', message: t('report.error.future') });
  }
  need('summary', 'report.error.summary');
  need('description', 'report.error.description');
  need('consequence', 'report.error.consequence');
  need('likelihood', 'report.error.likelihood');
  for (const name of NARRATIVE) {
    if (containsIdentityNumber(values[name])) errors.push({ field: name, message: t('report.error.pnrInText') });
  }
  if (values.hasPatient) {
    if (!isIdentityNumber(values['patient.personalIdentityNumber'])) {
      errors.push({ field: 'patient.personalIdentityNumber', message: t('report.error.patientNumber') });
    }
    need('patient.legalGround', 'report.error.legalGround');
  }
  return errors;
}

function read(el) {
  const data = new FormData(el);
  const values = Object.fromEntries(data.entries());
  values.purchasedService = el.elements.purchasedService.checked;
  values.seriousEvent = el.elements.seriousEvent.checked;
  values.hasPatient = el.elements.hasPatient.checked;
  return values;
}

function body(values) {
  const request = {
    type: values.type,
    occurredAt: withOffset(values.occurredAt),
    concernedPrincipalId: values.concernedPrincipalId,
    areaCode: values.areaCode,
    summary: values.summary.trim(),
    description: values.description || '',
    immediateActions: values.immediateActions || '',
    consequence: Number(values.consequence),
    likelihood: Number(values.likelihood),
    seriousEvent: values.seriousEvent,
    purchasedService: values.purchasedService,
  };
  if (values.hasPatient) {
    request.patient = {
      personalIdentityNumber: values['patient.personalIdentityNumber'].trim(),
      legalGround: values['patient.legalGround'],
      note: values['patient.note'] || null,
    };
  }
  return request;
}

function receipt(filed) {
  return h('div', { class: 'receipt', role: 'status' },
    h('h2', {}, t('report.done.title')),
    h('p', {}, t('report.done.number')),
    h('p', { class: 'case-number big', id: 'filed-case-number' }, filed.caseNumber),
    h('p', {}, filed.serious ? t('report.done.serious') : t('report.done.next')),
    h('p', {},
      h('a', { href: `#/cases/${filed.id}` }, t('report.done.open')), ' · ',
      h('a', { href: '#/outgoing' }, t('nav.outgoing'))));
}

export default async function report({ user, reload }) {
  const draftKey = `report.${user.username}`;
  const { el, sync } = form(user);
  const summary = errorSummary();
  const status = h('p', { class: 'status-line', role: 'status' });
  const restored = keep(el, draftKey);
  sync();
  if (restored) status.textContent = t('report.draft.restored');
  const container = h('div', {},
    h('h1', {}, t('report.title')),
    h('p', { class: 'lead' }, t('report.intro')),
    summary, status, el);

  el.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = read(el);
    const errors = localErrors(values);
    if (errors.length) {
      showErrors(el, summary, errors);
      return;
    }
    clearErrors(el, summary);
    const request = body(values);
    const text = JSON.stringify(request);
    const key = `${stamp(draftKey, () => crypto.randomUUID())}-${(await sha256(text)).slice(0, 16)}`;
    const button = el.querySelector('button[type=submit]');
    button.disabled = true;
    status.textContent = t('report.sending');
    try {
      const filed = await api('/cases', { method: 'POST', body: request, headers: { 'Idempotency-Key': key } });
      drop(draftKey);
      container.replaceChildren(h('h1', { tabindex: '-1' }, t('report.done.heading')), receipt(filed),
        h('p', {}, h('button', { type: 'button', onclick: reload }, t('report.another'))));
      container.querySelector('h1').focus();
    } catch (error) {
      status.textContent = '';
      if (error.status === 0) {
        showErrors(el, summary, [{ field: null, message: t('report.error.offline') }], t('error.network'));
      } else if (error.kind === 'patient-identifier-in-text') {
        showErrors(el, summary, [{ field: null, message: t('report.error.pnrInText') }]);
      } else {
        showErrors(el, summary, problemErrors(error));
      }
    } finally {
      button.disabled = false;
    }
  });
  return { title: t('report.title'), content: container };
}
