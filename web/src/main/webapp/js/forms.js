// Form fields that tie their label, hint and error message to the input (WCAG 1.3.1, 3.3.1,
// 3.3.2), and an error summary at the top whose links move focus to the field.

import { h, uid } from './dom.js';
import { t } from './i18n.js';

/** A labelled field around an input, textarea or select; errors appear under the label. */
export function field({ label, hint, input, optional }) {
  const id = input.id || uid('f');
  input.id = id;
  const hintEl = hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null;
  const errorEl = h('p', { class: 'field-error', id: `${id}-error`, hidden: true });
  input.setAttribute('aria-describedby', [hintEl && hintEl.id, errorEl.id].filter(Boolean).join(' '));
  return h('div', { class: 'field', 'data-field': input.name },
    h('label', { for: id }, label, optional ? h('span', { class: 'optional' }, ` ${t('form.optional')}`) : null),
    hintEl, errorEl, input);
}

/** Radio buttons or checkboxes in a fieldset with a legend. */
export function choices({ name, legend, hint, options, type = 'radio', required }) {
  const id = uid('c');
  const hintEl = hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null;
  const errorEl = h('p', { class: 'field-error', id: `${id}-error`, hidden: true });
  const described = [hintEl && hintEl.id, errorEl.id].filter(Boolean).join(' ');
  return h('fieldset', { class: 'field choices', 'data-field': name, 'aria-describedby': described },
    h('legend', {}, legend),
    hintEl, errorEl,
    options.map((option) => {
      const optionId = uid('o');
      const optionHint = option.hint ? h('span', { class: 'hint', id: `${optionId}-hint` }, option.hint) : null;
      return h('div', { class: 'choice' },
        h('input', {
          type, id: optionId, name, value: option.value, required: required && type === 'radio',
          'aria-describedby': optionHint ? optionHint.id : null,
        }),
        h('label', { for: optionId }, option.label, optionHint ? [h('br'), optionHint] : null));
    }));
}

export function checkbox({ name, label, hint }) {
  const id = uid('x');
  const hintEl = hint ? h('span', { class: 'hint', id: `${id}-hint` }, hint) : null;
  return h('div', { class: 'field choice', 'data-field': name },
    h('input', { type: 'checkbox', id, name, 'aria-describedby': hintEl ? hintEl.id : null }),
    h('label', { for: id }, label, hintEl ? [h('br'), hintEl] : null));
}

export function errorSummary() {
  return h('div', { class: 'error-summary', tabindex: '-1', hidden: true });
}

export function clearErrors(form, summary) {
  for (const wrapper of form.querySelectorAll('[data-field]')) {
    wrapper.classList.remove('invalid');
    const error = wrapper.querySelector('.field-error');
    if (error) { error.hidden = true; error.textContent = ''; }
    for (const input of wrapper.querySelectorAll('input, textarea, select')) input.removeAttribute('aria-invalid');
  }
  if (summary) { summary.hidden = true; summary.replaceChildren(); }
}

/**
 * Shows errors by their fields and in the summary. errors: [{ field, message }]; an error whose
 * field is not on the form shows in the summary alone. Focus moves to the summary.
 */
export function showErrors(form, summary, errors, title) {
  clearErrors(form, summary);
  const items = [];
  for (const error of errors) {
    const wrapper = error.field ? form.querySelector(`[data-field="${CSS.escape(error.field)}"]`) : null;
    if (wrapper) {
      wrapper.classList.add('invalid');
      const message = wrapper.querySelector('.field-error');
      message.hidden = false;
      message.textContent = message.textContent ? `${message.textContent} ${error.message}` : error.message;
      const input = wrapper.querySelector('input, textarea, select');
      if (input) input.setAttribute('aria-invalid', 'true');
      items.push(h('li', {}, h('a', {
        href: `#${input ? input.id : ''}`,
        onclick: (e) => { e.preventDefault(); if (input) input.focus(); },
      }, error.message)));
    } else {
      items.push(h('li', {}, error.message));
    }
  }
  summary.replaceChildren(
    h('h2', {}, title || t('form.errors.title')),
    h('ul', {}, items));
  summary.hidden = false;
  summary.focus();
}

/** The problem document of a refusal as field errors (the fields' own, or its detail alone). */
export function problemErrors(error) {
  if (error.fieldErrors.length) return error.fieldErrors;
  return [{ field: null, message: error.problem.detail || error.problem.title || error.message }];
}
