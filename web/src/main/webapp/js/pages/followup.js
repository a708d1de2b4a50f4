// The forum's page: the years compiled, start a year and watch it run, download the figures,
// and read a year as a summary with a chart (the chart repeats a table, so nothing is in it
// alone).

import { api } from '../api.js';
import { dateTime, h } from '../dom.js';
import { errorSummary, field, problemErrors, showErrors, clearErrors } from '../forms.js';
import { language, t } from '../i18n.js';
import { areaName, principalName } from '../registry.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function download(year, kind, type) {
  const blob = await api(`/follow-ups/${year}/report.${kind}`, { accept: type });
  const link = h('a', { href: URL.createObjectURL(blob), download: `samverkan-uppfoljning-${year}.${kind}` });
  document.body.append(link);
  link.click();
  link.remove();
}

/** A table in a region that scrolls sideways on a narrow phone and can take keyboard focus. */
function table(caption, header, rows) {
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption }, h('table', {},
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, header.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, String(c)) : h('td', {}, String(c)))))))));
}

/** Bars for twelve months, drawn with SVG; hidden from screen readers, who read the table. */
function monthChart(counts) {
  const max = Math.max(1, ...counts);
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 360 140');
  svg.setAttribute('class', 'chart');
  svg.setAttribute('aria-hidden', 'true');
  counts.forEach((n, i) => {
    const height = Math.round((n / max) * 110);
    const bar = document.createElementNS(ns, 'rect');
    bar.setAttribute('x', String(8 + i * 29));
    bar.setAttribute('y', String(120 - height));
    bar.setAttribute('width', '22');
    bar.setAttribute('height', String(height));
    bar.setAttribute('class', 'bar');
    svg.append(bar);
    const label = document.createElementNS(ns, 'text');
    label.setAttribute('x', String(19 + i * 29));
    label.setAttribute('y', '135');
    label.setAttribute('text-anchor', 'middle');
    label.setAttribute('class', 'axis');
    label.textContent = String(i + 1);
    svg.append(label);
  });
  return svg;
}

function summary(doc) {
  const year = doc.year;
  const months = t('followUp.months').split(',');
  return h('section', { class: 'panel', id: 'follow-up-summary' },
    h('h2', {}, t('followUp.summary', year)),
    h('p', { class: 'hint' }, t('followUp.generated', dateTime(doc.generatedAt, language()))),
    table(t('followUp.totals'), [t('followUp.measure'), String(year), String(year - 1)], [
      [t('followUp.cases'), doc.totals.cases, doc.previousYear.cases],
      [t('followUp.deviations'), doc.totals.deviations, doc.previousYear.deviations],
      [t('followUp.complaints'), doc.totals.complaints, doc.previousYear.complaints],
      [t('followUp.serious'), doc.totals.serious, doc.previousYear.serious],
    ]),
    table(t('followUp.answers'), [t('followUp.measure'), String(year)], [
      [t('followUp.answered'), doc.answered],
      [t('followUp.answeredInTime'), doc.answeredWithinDeadline],
      [t('followUp.median'), doc.medianDaysToAnswer ?? '–'],
      [t('followUp.p90'), doc.p90DaysToAnswer ?? '–'],
      [t('followUp.forwarded'), doc.forwarded],
      [t('followUp.open'), doc.openAtYearEnd],
      [t('followUp.escalations'), doc.escalations],
    ]),
    h('h3', {}, t('followUp.byMonth')),
    monthChart(doc.byMonth),
    table(t('followUp.byMonth'), [t('followUp.month'), t('followUp.cases')], doc.byMonth.map((n, i) => [months[i], n])),
    table(t('followUp.byDirection'), [t('followUp.direction'), t('followUp.cases')], [
      [t('followUp.toRegion'), doc.byDirection.MUNICIPALITY_TO_REGION],
      [t('followUp.toMunicipality'), doc.byDirection.REGION_TO_MUNICIPALITY],
    ]),
    table(t('followUp.byPrincipal'), [t('followUp.principal'), t('followUp.reported'), t('followUp.concerned')],
      doc.byPrincipal.map((p) => [principalName(p.principalId), p.reported, p.concerned])),
    table(t('followUp.byArea'), [t('followUp.area'), t('followUp.cases')], doc.byArea.map((a) => [areaName(a.areaCode), a.count])));
}

function startForm(reload) {
  const summaryEl = errorSummary();
  const live = h('p', { class: 'status-line', role: 'status' });
  const progress = h('progress', { max: 100, value: 0, hidden: true, 'aria-label': t('followUp.progress') });
  const lastYear = new Date().getFullYear() - 1;
  const form = h('form', { class: 'action', novalidate: true },
    summaryEl,
    field({ label: t('followUp.year'), input: h('input', { name: 'year', inputmode: 'numeric', value: String(lastYear) }) }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('followUp.start'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form, summaryEl);
    const year = Number(form.elements.year.value);
    try {
      let state = await api('/follow-ups', { method: 'POST', body: { year } });
      progress.hidden = false;
      while (state && state.status !== 'COMPLETED' && state.status !== 'FAILED' && state.status !== 'STOPPED') {
        progress.value = Math.round((state.progress || 0) * 100);
        live.textContent = t('followUp.running', year, progress.value);
        // eslint-disable-next-line no-await-in-loop
        await new Promise((resolve) => { setTimeout(resolve, 1000); });
        // eslint-disable-next-line no-await-in-loop
        const reply = await api(`/follow-ups/${year}`);
        state = reply.totals ? { status: 'COMPLETED' } : reply;
      }
      progress.hidden = true;
      live.textContent = state.status === 'COMPLETED' ? t('followUp.done', year) : t('followUp.failed', year);
      if (state.status === 'COMPLETED') location.hash = `#/follow-up?year=${year}`;
    } catch (error) {
      showErrors(form, summaryEl, problemErrors(error));
    }
  });
  return h('section', { class: 'panel' }, h('h2', {}, t('followUp.startTitle')), h('p', {}, t('followUp.startIntro')), form, progress, live);
}

export default async function followUp({ query, reload }) {
  const years = await api('/follow-ups');
  const selected = query.get('year');
  let doc = null;
  if (selected) {
    const reply = await api(`/follow-ups/${selected}`);
    if (reply.totals) doc = reply;
  }
  const list = years.length
    ? h('ul', { class: 'cards' }, years.map((y) => h('li', { class: 'card' },
      h('p', { class: 'card-title' }, h('a', { href: `#/follow-up?year=${y.year}` }, t('followUp.yearTitle', y.year))),
      h('p', { class: 'card-meta' }, t(`followUp.status.${y.status || 'NONE'}`),
        y.generatedAt ? ` · ${t('followUp.generated', dateTime(y.generatedAt, language()))}` : ''),
      y.generatedAt ? h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'secondary', onclick: () => download(y.year, 'csv', 'text/csv') }, t('followUp.csv', y.year)),
        h('button', { type: 'button', class: 'secondary', onclick: () => download(y.year, 'xlsx', XLSX) }, t('followUp.xlsx', y.year))) : null)))
    : h('p', { class: 'empty' }, t('followUp.none'));
  return {
    title: t('followUp.title'),
    content: h('div', {},
      h('h1', {}, t('followUp.title')),
      h('p', { class: 'lead' }, t('followUp.intro')),
      startForm(reload),
      h('section', { class: 'panel' }, h('h2', {}, t('followUp.years')), list),
      doc ? summary(doc) : null),
  };
}
