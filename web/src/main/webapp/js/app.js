// The shell: header, navigation, language switch, and a hash router that renders one page at a
// time into <main>, names it in the title and moves focus to its heading (for screen readers).

import * as auth from './auth.js';
import { h } from './dom.js';
import * as i18n from './i18n.js';
import * as registry from './registry.js';
import { take } from './flash.js';
import { t } from './i18n.js';
import start from './pages/start.js';
import report from './pages/report.js';
import { incoming, outgoing } from './pages/boxes.js';
import casePage from './pages/case.js';
import escalations from './pages/escalations.js';
import admin from './pages/admin.js';
import accessibility from './pages/accessibility.js';
import followUp from './pages/followup.js';

const ROUTES = [
  { path: /^\/?$/, page: start, href: '#/', nav: 'nav.start' },
  { path: /^\/report$/, page: report, href: '#/report', nav: 'nav.report', role: (u) => u.has('reporter') },
  { path: /^\/incoming$/, page: incoming, href: '#/incoming', nav: 'nav.incoming', role: worksWithCases },
  { path: /^\/outgoing$/, page: outgoing, href: '#/outgoing', nav: 'nav.outgoing', role: worksWithCases },
  { path: /^\/cases\/(\d+)$/, page: casePage },
  { path: /^\/escalations$/, page: escalations, href: '#/escalations', nav: 'nav.escalations', role: (u) => u.has('chief-medical-officer') || u.has('mas') },
  { path: /^\/follow-up$/, page: followUp, href: '#/follow-up', nav: 'nav.followUp', role: (u) => u.has('forum') || u.has('admin') },
  { path: /^\/admin$/, page: admin, href: '#/admin', nav: 'nav.admin', role: (u) => u.has('admin') },
  { path: /^\/accessibility$/, page: accessibility, open: true },
];

function worksWithCases(u) {
  return ['reporter', 'handler', 'chief-medical-officer', 'mas'].some((r) => u.has(r));
}

function route() {
  const [path, query] = location.hash.replace(/^#/, '').split('?');
  for (const candidate of ROUTES) {
    const match = candidate.path.exec(path || '/');
    if (match) return { ...candidate, params: match.slice(1), query: new URLSearchParams(query || '') };
  }
  return null;
}

function header(user, current) {
  const links = user
    ? ROUTES.filter((r) => r.nav && (!r.role || r.role(user))).map((r) => {
      return h('li', {}, h('a', { href: r.href, 'aria-current': r === current ? 'page' : null }, t(r.nav)));
    })
    : [];
  return h('div', { class: 'bar' },
    h('a', { class: 'brand', href: '#/' }, t('app.name')),
    h('nav', { 'aria-label': t('nav.label') }, h('ul', {}, links)),
    h('div', { class: 'account' },
      h('button', {
        type: 'button', class: 'link', lang: i18n.other(),
        onclick: async () => { await i18n.switchTo(i18n.other()); render(); },
      }, t('lang.switch')),
      user ? h('span', { class: 'who' }, t('account.signedIn', user.name, registry.principalName(user.principal))) : null,
      user ? h('button', { type: 'button', class: 'link', onclick: () => auth.logout() }, t('account.signOut')) : null));
}

let rendering = 0;

export async function render() {
  const mine = ++rendering;
  const main = document.getElementById('main');
  const current = route();
  const user = auth.user();
  if (current && !current.open && !user) {
    await auth.login(location.hash, i18n.language());
    return;
  }
  if (user) {
    try { await registry.load(); } catch (e) { /* the page itself will show the problem */ }
  }
  document.getElementById('skip').textContent = t('nav.skip');
  document.getElementById('top').replaceChildren(header(user, current));
  document.getElementById('footer').replaceChildren(
    h('a', { href: '#/accessibility' }, t('nav.accessibility')));
  main.setAttribute('aria-busy', 'true');
  let page;
  try {
    if (!current) page = notFound();
    else if (current.role && user && !current.role(user)) page = notFound();
    else page = await current.page({ params: current.params, query: current.query, user, reload: render });
  } catch (e) {
    page = failed(e);
  }
  if (mine !== rendering) return;
  const note = take();
  main.replaceChildren(note ? h('p', { class: 'flash' }, note) : '', page.content);
  main.removeAttribute('aria-busy');
  document.title = `${page.title} – ${t('app.name')}`;
  const heading = main.querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }
  if (note) announce(note);
}

/**
 * Reads a confirmation out (WCAG 4.1.3). A role=status element inserted together with its text
 * is often never read, the more so as focus moves to the new heading at the same time; so the
 * text goes into the live region that has been in the page since it loaded, a moment after the
 * page is drawn. The visible message stays at the top of main, just above the focused heading.
 */
function announce(text) {
  const announcer = document.getElementById('announcer');
  announcer.textContent = '';
  setTimeout(() => { announcer.textContent = text; }, 150);
}

function notFound() {
  return {
    title: t('page.notFound.title'),
    content: h('div', {}, h('h1', {}, t('page.notFound.title')), h('p', {}, t('page.notFound.text')),
      h('p', {}, h('a', { href: '#/' }, t('nav.start')))),
  };
}

function failed(error) {
  if (error && error.status === 404) return notFound();
  return {
    title: t('error.unexpected'),
    content: h('div', { role: 'alert' }, h('h1', {}, t('error.unexpected')),
      h('p', {}, (error && error.message) || ''), h('p', {}, h('a', { href: '#/' }, t('nav.start')))),
  };
}

async function boot() {
  await Promise.all([i18n.load(), auth.init()]);
  const skip = document.getElementById('skip');
  skip.addEventListener('click', (event) => {
    // The address's hash is the router's; the skip link moves focus instead.
    event.preventDefault();
    document.getElementById('main').focus();
  });
  window.addEventListener('hashchange', render);
  await render();
}

boot();
