// The incoming and outgoing boxes: filters in the address (so back and reload keep them), newest
// first, and "show more" by the API's keyset cursor, which never skips or repeats a case.

import { api } from '../api.js';
import { h } from '../dom.js';
import { field, checkbox } from '../forms.js';
import { t, tOr } from '../i18n.js';
import { STATUSES, caseCards } from '../cases.js';
import { allAreas } from '../registry.js';

const PAGE = 25;

function filters(box, query) {
  const status = h('select', { name: 'status' }, h('option', { value: '' }, t('list.filter.anyStatus')),
    STATUSES.map((s) => h('option', { value: s, selected: query.get('status') === s }, t(`status.${s}`))));
  const area = h('select', { name: 'area' }, h('option', { value: '' }, t('list.filter.anyArea')),
    allAreas().map((a) => h('option', { value: a.code, selected: query.get('area') === a.code }, tOr(`area.${a.code}`, a.name))));
  const overdue = checkbox({ name: 'overdue', label: t('list.filter.overdue') });
  overdue.querySelector('input').checked = query.get('overdue') === 'true';
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': t('list.filter.label') },
    field({ label: t('list.filter.text'), optional: true, input: h('input', { name: 'q', type: 'search', value: query.get('q') || '', maxlength: 200 }) }),
    field({ label: t('list.filter.status'), input: status }),
    field({ label: t('list.filter.area'), input: area }),
    field({ label: t('list.filter.from'), optional: true, input: h('input', { name: 'from', type: 'date', value: query.get('from') || '' }) }),
    field({ label: t('list.filter.to'), optional: true, input: h('input', { name: 'to', type: 'date', value: query.get('to') || '' }) }),
    overdue,
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('list.filter.apply'))));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [name, value] of new FormData(form).entries()) {
      if (value && name !== 'overdue') next.set(name, value);
    }
    if (form.elements.overdue.checked) next.set('overdue', 'true');
    location.hash = `#/${box}?${next}`;
  });
  return form;
}

function apiQuery(box, query, cursor) {
  const params = new URLSearchParams({ box, limit: String(PAGE) });
  for (const name of ['status', 'area', 'overdue', 'q']) {
    if (query.get(name)) params.set(name, query.get(name));
  }
  // A date filter covers whole days in the county's time zone.
  if (query.get('from')) params.set('from', new Date(`${query.get('from')}T00:00`).toISOString());
  if (query.get('to')) params.set('to', new Date(new Date(`${query.get('to')}T00:00`).getTime() + 86400000).toISOString());
  if (cursor) params.set('cursor', cursor);
  return `/cases?${params}`;
}

function boxPage(box) {
  return async function page({ query }) {
    const first = await api(apiQuery(box, query));
    const results = h('div', { class: 'results' }, caseCards(first.items, box));
    const live = h('p', { class: 'status-line', role: 'status' });
    const more = h('button', { type: 'button', hidden: !first.next }, t('list.more'));
    let cursor = first.next;
    let shown = first.items.length;
    live.textContent = t('list.shown', shown);
    more.addEventListener('click', async () => {
      more.disabled = true;
      try {
        const next = await api(apiQuery(box, query, cursor));
        const list = results.querySelector('ul.cards');
        const added = caseCards(next.items, box);
        if (list && added.tagName === 'UL') {
          const firstNew = added.firstElementChild;
          list.append(...added.children);
          if (firstNew) firstNew.querySelector('a').focus();
        }
        cursor = next.next;
        shown += next.items.length;
        live.textContent = t('list.shown', shown);
        more.hidden = !cursor;
      } finally {
        more.disabled = false;
      }
    });
    const title = t(`list.${box}.title`);
    return {
      title,
      content: h('div', {},
        h('h1', {}, title),
        h('p', { class: 'lead' }, t(`list.${box}.intro`)),
        h('details', { class: 'filter-panel', open: [...query.keys()].length > 0 },
          h('summary', {}, t('list.filter.show')), filters(box, query)),
        live, results, more),
    };
  };
}

export const incoming = boxPage('incoming');
export const outgoing = boxPage('outgoing');
