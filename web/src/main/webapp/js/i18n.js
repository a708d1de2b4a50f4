// Every text on the pages comes from the bundles in /i18n: Swedish first, English by a switch.
// WebBundlesTest checks that both bundles have the same keys and that every key used here exists.

const LANGS = ['sv', 'en'];
const STORE = 'samverkan.lang';
let lang = LANGS.includes(localStorage.getItem(STORE)) ? localStorage.getItem(STORE) : 'sv';
let bundle = {};

export async function load() {
  const response = await fetch(`i18n/${lang}.json`, { cache: 'no-cache' });
  bundle = await response.json();
  document.documentElement.lang = lang;
}

export function language() {
  return lang;
}

export function other() {
  return lang === 'sv' ? 'en' : 'sv';
}

export async function switchTo(next) {
  lang = next;
  localStorage.setItem(STORE, next);
  await load();
}

/** The text of a key, with {0}, {1}… filled in; a missing key shows itself, never nothing. */
export function t(key, ...args) {
  const text = bundle[key];
  if (text === undefined) return key;
  return text.replace(/\{(\d+)\}/g, (_, i) => (args[i] === undefined ? '' : String(args[i])));
}

/** The text of a key if the bundle has it (for codes that may be new, such as an added area). */
export function tOr(key, fallback) {
  return bundle[key] === undefined ? fallback : bundle[key];
}
