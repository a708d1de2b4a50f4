// Start: my open work. Incoming cases to acknowledge and answer (overdue first), my
// principal's own reports and where they stand, and escalations waiting for a medical officer.

import { api } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { caseCards } from '../cases.js';

const AWAITING_US = ['SUBMITTED', 'RECEIVED', 'UNDER_INVESTIGATION'];

function section(title, ...children) {
  return h('section', { class: 'panel', 'aria-label': title }, h('h2', {}, title), children);
}

export default async function start({ user }) {
  const handles = user.has('handler');
  const reports = user.has('reporter');
  const officer = user.has('chief-medical-officer') || user.has('mas');
  const [incoming, outgoing, escalations] = await Promise.all([
    handles ? api('/cases?box=incoming&limit=100') : null,
    reports ? api('/cases?box=outgoing&limit=20') : null,
    officer ? api('/escalations') : null,
  ]);
  const sections = [];
  if (reports) {
    sections.push(h('p', {}, h('a', { class: 'button primary', href: '#/report' }, t('start.report'))));
  }
  if (escalations) {
    const waiting = escalations.filter((e) => !e.acknowledgedAt);
    sections.push(section(t('start.escalations'),
      waiting.length
        ? h('p', {}, t('start.escalations.waiting', waiting.length), ' ', h('a', { href: '#/escalations' }, t('start.escalations.open')))
        : h('p', { class: 'empty' }, t('start.escalations.none'))));
  }
  if (incoming) {
    const open = incoming.items.filter((c) => AWAITING_US.includes(c.status))
      .sort((a, b) => Number(b.overdue) - Number(a.overdue));
    sections.push(section(t('start.incoming'), caseCards(open, 'incoming'),
      h('p', {}, h('a', { href: '#/incoming' }, t('start.incoming.all')))));
  }
  if (outgoing) {
    sections.push(section(t('start.outgoing'), caseCards(outgoing.items, 'outgoing'),
      h('p', {}, h('a', { href: '#/outgoing' }, t('start.outgoing.all')))));
  }
  if (user.has('admin')) {
    sections.push(section(t('start.admin'), h('p', {}, h('a', { href: '#/admin' }, t('nav.admin')))));
  }
  if (user.has('forum') && !sections.length) {
    sections.push(h('p', {}, t('start.forum')));
  }
  return {
    title: t('start.title'),
    content: h('div', {}, h('h1', {}, t('start.heading', user.name)), sections),
  };
}
