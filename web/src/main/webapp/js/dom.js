// Building the page from data without innerHTML: text stays text, so nothing a user typed can
// ever run as markup.

export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2), value);
    } else if (name === 'class') {
      el.className = value;
    } else if (name === 'for') {
      el.htmlFor = value;
    } else if (name === 'value' || name === 'checked' || name === 'selected') {
      el[name] = value;
    } else {
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : String(child));
  }
}

let counter = 0;
/** A unique id for tying a label, hint or error to its field. */
export function uid(prefix) {
  counter += 1;
  return `${prefix}-${counter}`;
}

const ZONE = 'Europe/Stockholm';

export function dateTime(iso, lang) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(lang, {
    timeZone: ZONE, year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit',
  }).format(new Date(iso));
}

export function date(iso, lang) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(lang, { timeZone: ZONE, year: 'numeric', month: 'short', day: 'numeric' })
    .format(new Date(iso));
}

/** A local date-time field's value ("2026-03-14T21:30") as ISO-8601 with this device's offset. */
export function withOffset(localValue) {
  const at = new Date(localValue);
  if (Number.isNaN(at.getTime())) return null;
  const minutes = -at.getTimezoneOffset();
  const sign = minutes >= 0 ? '+' : '-';
  const pad = (n) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  return `${localValue.length === 16 ? `${localValue}:00` : localValue}${sign}${pad(minutes / 60)}:${pad(minutes % 60)}`;
}

/** Now as a local date-time field's value, for a default and for "not in the future". */
export function localNow() {
  const now = new Date();
  now.setSeconds(0, 0);
  return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
}
