// How a case looks in a list, the same on the start page and in the boxes: a card that reads
// well on a phone, with its state in words (never by colour alone).

import { date, h } from './dom.js';
import { language, t } from './i18n.js';
import { areaName, principalName } from './registry.js';

export const STATUSES = ['SUBMITTED', 'RECEIVED', 'UNDER_INVESTIGATION', 'ANSWERED', 'CLOSED'];
const AWAITING_ANSWER = ['SUBMITTED', 'RECEIVED', 'UNDER_INVESTIGATION'];

/** The deadline that runs now: acknowledgement before it is received, then the answer. */
export function runningDeadline(c) {
  if (c.status === 'SUBMITTED') return { label: t('case.acknowledgeDue'), at: c.acknowledgeDue };
  if (AWAITING_ANSWER.includes(c.status)) return { label: t('case.answerDue'), at: c.answerDue };
  return null;
}

export function statusBadge(status) {
  return h('span', { class: `status status-${status.toLowerCase()}` }, t(`status.${status}`));
}

export function overdueMark(c) {
  return c.overdue ? h('span', { class: 'overdue' }, h('span', { 'aria-hidden': 'true' }, '⚠ '), t('case.overdue')) : null;
}

export function seriousMark(c) {
  return c.serious ? h('span', { class: 'serious' }, h('span', { 'aria-hidden': 'true' }, '● '), t('case.serious')) : null;
}

/** A list of case cards; {@code counterpart} names the other party from the box's side. */
export function caseCards(items, box) {
  if (!items.length) return h('p', { class: 'empty' }, t('list.empty'));
  return h('ul', { class: 'cards' }, items.map((c) => {
    const deadline = runningDeadline(c);
    const other = box === 'outgoing' ? c.routedToPrincipalId : c.reportingPrincipalId;
    return h('li', { class: `card${c.overdue ? ' is-overdue' : ''}` },
      h('p', { class: 'card-title' },
        h('a', { href: `#/cases/${c.id}` }, h('span', { class: 'case-number' }, c.caseNumber), ' ', c.summary)),
      h('p', { class: 'card-meta' },
        statusBadge(c.status), ' ', overdueMark(c), ' ', seriousMark(c)),
      h('p', { class: 'card-meta' },
        t(box === 'outgoing' ? 'case.to' : 'case.from', principalName(other)), ' · ',
        areaName(c.areaCode),
        deadline ? [' · ', `${deadline.label} ${date(deadline.at, language())}`] : null));
  }));
}
