// Drafts: whatever is typed into a form is kept as it is typed, so a lost connection, a closed
// session or a sign-in in between loses nothing. The narrative goes to localStorage (it survives
// a closed tab; it must hold no patient identity, which the pages check), fields marked
// data-private (the patient section) only to this tab's sessionStorage.

const PREFIX = 'samverkan.draft.';

function stores(key) {
  return { open: localStorage, tab: sessionStorage, key: PREFIX + key };
}

function values(form, privateFields) {
  const kept = {};
  for (const el of form.elements) {
    if (!el.name || el.type === 'file' || el.type === 'submit') continue;
    if (Boolean(el.dataset.private) !== privateFields) continue;
    if (el.type === 'radio') {
      if (el.checked) kept[el.name] = el.value;
    } else if (el.type === 'checkbox') {
      kept[el.name] = el.checked;
    } else {
      kept[el.name] = el.value;
    }
  }
  return kept;
}

function restoreInto(form, kept) {
  for (const el of form.elements) {
    if (!el.name || !(el.name in kept)) continue;
    if (el.type === 'radio') el.checked = el.value === kept[el.name];
    else if (el.type === 'checkbox') el.checked = Boolean(kept[el.name]);
    else el.value = kept[el.name];
  }
}

/** Restores a form's draft and keeps it from now on; returns whether there was one. */
export function keep(form, key) {
  const s = stores(key);
  const open = JSON.parse(s.open.getItem(s.key) || 'null');
  const tab = JSON.parse(s.tab.getItem(s.key) || 'null');
  if (open) restoreInto(form, open);
  if (tab) restoreInto(form, tab);
  const save = () => {
    s.open.setItem(s.key, JSON.stringify(values(form, false)));
    s.tab.setItem(s.key, JSON.stringify(values(form, true)));
  };
  form.addEventListener('input', save);
  form.addEventListener('change', save);
  return Boolean(open || tab);
}

/** A value kept with the draft, made once (the idempotency key of a filing). */
export function stamp(key, make) {
  const s = stores(`${key}.stamp`);
  let value = s.open.getItem(s.key);
  if (!value) {
    value = make();
    s.open.setItem(s.key, value);
  }
  return value;
}

export function drop(key) {
  const s = stores(key);
  s.open.removeItem(s.key);
  s.tab.removeItem(s.key);
  s.open.removeItem(`${s.key}.stamp`);
}
