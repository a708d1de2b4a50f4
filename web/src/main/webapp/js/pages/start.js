// Start: my open work. What waits in the incoming box, counted by the server over every case
// (never over one page of it), the overdue cases and the new ones to acknowledge; my principal's
// own reports and where they stand; and escalations waiting for a medical officer.

import { api } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { caseCards } from '../cases.js';

const SHOWN = 10;

/** The counts of the incoming box as links to the box, filtered to what each counts. */
function waiting(counts) {
  const byStatus = (status, key) => h('li', {}, h('a', { href: `#/incoming?status=${status}` }, t(key, counts.byStatus[status])));
  return h('ul', { class: 'counts' },
    byStatus('SUBMITTED', 'start.counts.submitted'),
    byStatus('RECEIVED', 'start.counts.received'),
    byStatus('UNDER_INVESTIGATION', 'start.counts.investigating'),
    h('li', { class: counts.overdue ? 'is-overdue' : null }, h('a', { href: '#/incoming?overdue=true' }, t('start.counts.overdue', counts.overdue))));
}

function section(title, ...children) {
  return h('section', { class: 'panel', 'aria-label': title }, h('h2', {}, title), children);
}

export default async function start({ user }) {
  const handles = user.has('handler');
  const reports = user.has('reporter');
  const officer = user.has('chief-medical-officer') || user.has('mas');
  const [counts, overdue, toAcknowledge, outgoing, escalations] = await Promise.all([
    handles ? api('/cases/counts?box=incoming') : null,
    handles ? api(`/cases?box=incoming&overdue=true&limit=${SHOWN}`) : null,
    handles ? api(`/cases?box=incoming&status=SUBMITTED&overdue=false&limit=${SHOWN}`) : null,
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
  if (counts) {
    const nothing = counts.byStatus.SUBMITTED + counts.byStatus.RECEIVED + counts.byStatus.UNDER_INVESTIGATION === 0;
    sections.push(section(t('start.incoming'),
      nothing ? h('p', { class: 'empty' }, t('start.nothingWaiting')) : waiting(counts),
      overdue.items.length ? [h('h3', {}, t('start.overdue')), caseCards(overdue.items, 'incoming')] : null,
      toAcknowledge.items.length ? [h('h3', {}, t('start.toAcknowledge')), caseCards(toAcknowledge.items, 'incoming')] : null,
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
