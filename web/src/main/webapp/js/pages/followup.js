// The forum's page: the years compiled, start a year and watch it run, download the figures, and
// read a year as a summary with charts (each chart repeats a table, so nothing is in a chart
// alone); the measures taken per area; and the forum's register of matters, which forum members
// keep up to date here and administrators read.

import { api } from '../api.js';
import { date, dateTime, h, uid } from '../dom.js';
import { flash } from '../flash.js';
import { errorSummary, field, problemErrors, showErrors, clearErrors } from '../forms.js';
import { language, t } from '../i18n.js';
import { containsIdentityNumber } from '../identifiers.js';
import { allPrincipals, areaName, principal, principalName } from '../registry.js';

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

const DASH = '–';

/** A number the document may lack (an older document), as text. */
function num(n) {
  return n === undefined || n === null ? DASH : n;
}

// ---- Enumerations, as literal keys so that a search of the scripts finds every one.

const KINDS = {
  RECURRING_FAULT: 'followUp.kind.RECURRING_FAULT',
  PRINCIPLE: 'followUp.kind.PRINCIPLE',
  RESPONSIBILITY: 'followUp.kind.RESPONSIBILITY',
};

const STATUSES = {
  RAISED: 'followUp.status.RAISED',
  IN_PROGRESS: 'followUp.status.IN_PROGRESS',
  RESOLVED: 'followUp.status.RESOLVED',
};

function label(keys, code) {
  return keys[code] ? t(keys[code]) : (code || DASH);
}

// ---- Drawing. A look is how a series of bars is told apart: by fill (solid or striped) first,
// colour second, so that nothing depends on seeing colour.

const NS = 'http://www.w3.org/2000/svg';

const LOOKS = {
  solid: { tone: 'accent', striped: false },
  striped: { tone: 'accent', striped: true },
  early: { tone: 'ok', striped: false },
  late: { tone: 'danger', striped: true },
};

/** An SVG element with attributes and children: the SVG twin of h(). Text stays text. */
function s(tag, attrs, ...children) {
  const el = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value !== null && value !== undefined) el.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/** An empty chart of the given size, and paint(look): the attributes of a bar in that look. */
function canvas(width, height, kind) {
  const defs = s('defs');
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, class: `chart ${kind}`, focusable: 'false' }, defs);
  const patterns = {};
  function paint(look) {
    if (!look.striped) return { class: `bar ${look.tone}` };
    if (!patterns[look.tone]) {
      patterns[look.tone] = uid('stripes');
      defs.append(s('pattern', {
        id: patterns[look.tone], width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)',
      }, s('rect', { width: 6, height: 6, class: 'stripe-bg' }), s('line', { x1: 0, y1: 0, x2: 0, y2: 6, class: `stripe ${look.tone}` })));
    }
    return { class: `striped ${look.tone}`, fill: `url(#${patterns[look.tone]})` };
  }
  return { svg, paint };
}

/** A small square in a look, for a legend; hidden from screen readers, who read the words. */
function swatch(look) {
  const { svg, paint } = canvas(16, 16, 'swatch');
  svg.setAttribute('aria-hidden', 'true');
  svg.append(s('rect', { x: 1, y: 1, width: 14, height: 14, ...paint(look) }));
  return svg;
}

/** The legend: each series' look, its name and its fill in words. */
function legend(entries) {
  return h('ul', { class: 'legend' }, entries.map(({ look, name }) => h('li', {},
    swatch(look), `${name} – ${t(look.striped ? 'followUp.chart.striped' : 'followUp.chart.solid')}`)));
}

function shorten(text, max) {
  const value = String(text);
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

/**
 * Cases per month: this year as solid bars and, when the document has it, the year before as
 * striped bars to their left. A dashed line marks the highest count, with its number.
 */
function monthChart(current, previous) {
  const { svg, paint } = canvas(360, 150, 'months');
  const series = [previous ? { counts: previous, look: LOOKS.striped } : null, { counts: current, look: LOOKS.solid }]
    .filter(Boolean);
  const max = Math.max(1, ...series.flatMap((x) => x.counts));
  const [left, right, top, base, step] = [30, 354, 12, 120, 27];
  const width = series.length === 2 ? 11 : 20;
  svg.append(
    s('line', { x1: left, x2: right, y1: top, y2: top, class: 'grid dashed' }),
    s('text', { x: left - 4, y: top + 4, 'text-anchor': 'end', class: 'axis' }, String(max)),
    s('line', { x1: left, x2: right, y1: base, y2: base, class: 'grid' }),
    s('text', { x: left - 4, y: base + 4, 'text-anchor': 'end', class: 'axis' }, '0'));
  for (let m = 0; m < 12; m += 1) {
    const x0 = left + m * step + (step - series.length * (width + 1)) / 2;
    series.forEach((x, k) => {
      const height = Math.round(((x.counts[m] || 0) / max) * (base - top));
      svg.append(s('rect', { x: x0 + k * (width + 1), y: base - height, width, height, ...paint(x.look) }));
    });
    svg.append(s('text', { x: left + m * step + step / 2, y: base + 15, 'text-anchor': 'middle', class: 'axis' }, String(m + 1)));
  }
  return svg;
}

/**
 * Horizontal bars, one row per thing: its name above, then one bar per series, each with its
 * number at its end (so a bar of nought still says 0). rows: [{ name, bars: [{ n, look }] }].
 */
function barChart(rows) {
  const [width, nameHeight, bar, gap, rowGap] = [300, 16, 12, 3, 10];
  const rowHeight = (r) => nameHeight + r.bars.length * (bar + gap) - gap + rowGap;
  const height = rows.reduce((sum, r) => sum + rowHeight(r), 0);
  const max = Math.max(1, ...rows.flatMap((r) => r.bars.map((b) => b.n || 0)));
  const room = width - 42;
  const { svg, paint } = canvas(width, height, 'bars');
  let y = 0;
  for (const row of rows) {
    svg.append(s('text', { x: 0, y: y + 12, class: 'label' }, shorten(row.name, 46)));
    y += nameHeight;
    // The line that the bars start from, so that a bar of nought still has its place.
    svg.append(s('line', { x1: 0.5, x2: 0.5, y1: y - 1, y2: y + row.bars.length * (bar + gap) - gap + 1, class: 'grid' }));
    for (const b of row.bars) {
      const length = Math.round(((b.n || 0) / max) * room);
      svg.append(
        s('rect', { x: 1, y, width: length, height: bar, ...paint(b.look) }),
        s('text', { x: length + 6, y: y + 10, class: 'value' }, String(num(b.n))));
      y += bar + gap;
    }
    y += rowGap - gap;
  }
  return svg;
}

/**
 * A chart under its own heading, named for screen readers by that heading and its caption (the
 * legend, and where the same figures are), followed by the table that holds them.
 */
function chartBlock({ title, intro, chart, entries, tableEl }) {
  const headingId = uid('chart');
  const captionId = uid('chart-caption');
  chart.setAttribute('role', 'img');
  chart.setAttribute('aria-labelledby', `${headingId} ${captionId}`);
  return h('div', { class: 'chart-block' },
    h('h3', { id: headingId }, title),
    intro ? h('p', { class: 'hint' }, intro) : null,
    h('figure', { class: 'chart-figure' }, chart,
      h('figcaption', { id: captionId }, entries ? legend(entries) : null, h('p', { class: 'hint' }, t('followUp.chart.seeTable')))),
    tableEl);
}

// ---- The year's figures, one block each.

/** This year's months beside the year before's, when the document has the year before. */
function monthsBlock(doc) {
  const year = doc.year;
  const months = t('followUp.months').split(',');
  const previous = doc.previousYear && Array.isArray(doc.previousYear.byMonth) ? doc.previousYear.byMonth : null;
  const entries = previous
    ? [{ look: LOOKS.solid, name: String(year) }, { look: LOOKS.striped, name: String(year - 1) }]
    : [{ look: LOOKS.solid, name: String(year) }];
  return chartBlock({
    title: t('followUp.byMonth'),
    chart: monthChart(doc.byMonth, previous),
    entries,
    tableEl: table(t('followUp.byMonth'),
      [t('followUp.month'), String(year), previous ? String(year - 1) : null].filter(Boolean),
      doc.byMonth.map((n, i) => [months[i], n, previous ? num(previous[i]) : null].filter((c) => c !== null))),
  });
}

/** Cases by area, most first, as horizontal bars. */
function areasBlock(doc) {
  const areas = [...doc.byArea].sort((a, b) => b.count - a.count);
  return chartBlock({
    title: t('followUp.byArea'),
    chart: barChart(areas.map((a) => ({ name: areaName(a.areaCode), bars: [{ n: a.count, look: LOOKS.solid }] }))),
    tableEl: table(t('followUp.byArea'), [t('followUp.area'), t('followUp.cases')], areas.map((a) => [areaName(a.areaCode), a.count])),
  });
}

/** Cases by direction: the municipalities' to the region, and the region's to them. */
function directionBlock(doc) {
  const rows = [
    [t('followUp.toRegion'), doc.byDirection.MUNICIPALITY_TO_REGION],
    [t('followUp.toMunicipality'), doc.byDirection.REGION_TO_MUNICIPALITY],
  ];
  return chartBlock({
    title: t('followUp.byDirection'),
    chart: barChart(rows.map(([name, n]) => ({ name, bars: [{ n, look: LOOKS.solid }] }))),
    tableEl: table(t('followUp.byDirection'), [t('followUp.direction'), t('followUp.cases')], rows),
  });
}

function isMunicipality(id) {
  const p = principal(id);
  return p ? p.kind === 'MUNICIPALITY' : !String(id).startsWith('region-');
}

/**
 * Per municipality, the cases it reported (solid) and those that concerned it (striped). The
 * region is left out of the chart, where it would dwarf the rest; the table has every principal.
 */
function municipalitiesBlock(doc) {
  const municipalities = doc.byPrincipal.filter((p) => isMunicipality(p.principalId))
    .sort((a, b) => principalName(a.principalId).localeCompare(principalName(b.principalId), 'sv'));
  const tableEl = table(t('followUp.byPrincipal'), [t('followUp.principal'), t('followUp.reported'), t('followUp.concerned')],
    doc.byPrincipal.map((p) => [principalName(p.principalId), p.reported, p.concerned]));
  if (!municipalities.length) return h('div', { class: 'chart-block' }, h('h3', {}, t('followUp.byPrincipal')), tableEl);
  return chartBlock({
    title: t('followUp.byMunicipality'),
    chart: barChart(municipalities.map((p) => ({
      name: principalName(p.principalId),
      bars: [{ n: p.reported, look: LOOKS.solid }, { n: p.concerned, look: LOOKS.striped }],
    }))),
    entries: [{ look: LOOKS.solid, name: t('followUp.reported') }, { look: LOOKS.striped, name: t('followUp.concerned') }],
    tableEl,
  });
}

const DELAYS = [
  { code: 'EARLY_OVER_7', key: 'followUp.delay.EARLY_OVER_7', look: LOOKS.early },
  { code: 'EARLY_0_7', key: 'followUp.delay.EARLY_0_7', look: LOOKS.early },
  { code: 'LATE_1_7', key: 'followUp.delay.LATE_1_7', look: LOOKS.late },
  { code: 'LATE_8_30', key: 'followUp.delay.LATE_8_30', look: LOOKS.late },
  { code: 'LATE_OVER_30', key: 'followUp.delay.LATE_OVER_30', look: LOOKS.late },
];

/**
 * Answered cases by when the answer came against its deadline: in time as solid green bars, late
 * as striped red ones; the names of the rows say early or late in words as well.
 */
function delayBlock(doc) {
  const delay = doc.answerDelay;
  return chartBlock({
    title: t('followUp.answerDelay'),
    intro: t('followUp.answerDelay.intro'),
    chart: barChart(DELAYS.map((d) => ({ name: t(d.key), bars: [{ n: delay[d.code] || 0, look: d.look }] }))),
    entries: [{ look: LOOKS.early, name: t('followUp.delay.early') }, { look: LOOKS.late, name: t('followUp.delay.late') }],
    tableEl: table(t('followUp.answerDelay.table'), [t('followUp.delay.bucket'), t('followUp.answered')],
      DELAYS.map((d) => [t(d.key), delay[d.code] || 0])),
  });
}

function summary(doc) {
  const year = doc.year;
  const before = doc.previousYear || {};
  return h('section', { class: 'panel', id: 'follow-up-summary' },
    h('h2', {}, t('followUp.summary', year)),
    h('p', { class: 'hint' }, t('followUp.generated', dateTime(doc.generatedAt, language()))),
    table(t('followUp.totals'), [t('followUp.measure'), String(year), String(year - 1)], [
      [t('followUp.cases'), doc.totals.cases, num(before.cases)],
      [t('followUp.deviations'), doc.totals.deviations, num(before.deviations)],
      [t('followUp.complaints'), doc.totals.complaints, num(before.complaints)],
      [t('followUp.serious'), doc.totals.serious, num(before.serious)],
    ]),
    table(t('followUp.answers'), [t('followUp.measure'), String(year)], [
      [t('followUp.answered'), doc.answered],
      [t('followUp.answeredInTime'), doc.answeredWithinDeadline],
      [t('followUp.median'), doc.medianDaysToAnswer ?? DASH],
      [t('followUp.p90'), doc.p90DaysToAnswer ?? DASH],
      [t('followUp.forwarded'), doc.forwarded],
      [t('followUp.open'), doc.openAtYearEnd],
      [t('followUp.escalations'), doc.escalations],
    ]),
    monthsBlock(doc),
    areasBlock(doc),
    directionBlock(doc),
    municipalitiesBlock(doc),
    doc.answerDelay ? delayBlock(doc) : null);
}

/** Per area: the cases with measures, how many measures, and the most common ones (as text). */
function measuresSection(doc) {
  const areas = doc.measuresByArea;
  return h('section', { class: 'panel', id: 'follow-up-measures' },
    h('h2', {}, t('followUp.measures.title', doc.year)),
    h('p', {}, t('followUp.measures.intro')),
    areas.length ? areas.map((a) => h('section', { class: 'measure-area' },
      h('h3', {}, areaName(a.areaCode)),
      h('dl', { class: 'facts' },
        h('dt', {}, t('followUp.measures.cases')), h('dd', {}, String(num(a.cases))),
        h('dt', {}, t('followUp.measures.count')), h('dd', {}, String(num(a.measures)))),
      a.common && a.common.length
        ? table(t('followUp.measures.commonIn', areaName(a.areaCode)), [t('followUp.measures.measure'), t('followUp.measures.times')],
          a.common.map((c) => [c.description, c.count]))
        : null))
      : h('p', { class: 'empty' }, t('followUp.measures.none')));
}

/** The register as a table; live adds the note and when the matter last changed. */
function registerTable(caption, matters, live) {
  const lang = language();
  const header = [t('followUp.register.case'), t('followUp.register.subject'), t('followUp.register.kind'), t('followUp.area'),
    t('followUp.register.raised'), t('followUp.register.raisedBy'), t('followUp.register.owner'), t('followUp.register.status')];
  const rows = matters.map((m) => [m.caseNumber, m.subject, label(KINDS, m.kind), areaName(m.areaCode),
    date(m.raisedAt, lang), principalName(m.raisedByPrincipalId),
    m.ownerPrincipalId ? principalName(m.ownerPrincipalId) : t('followUp.forum.noOwner'), label(STATUSES, m.status)]);
  if (live) {
    header.push(t('followUp.register.note'), t('followUp.register.updated'));
    matters.forEach((m, i) => rows[i].push(m.statusNote || DASH, m.updatedAt ? dateTime(m.updatedAt, lang) : DASH));
  }
  return table(caption, header, rows);
}

/** The matters raised with the forum during the year, as the document froze them. */
function yearRegisterSection(doc) {
  const matters = doc.forumRegister;
  return h('section', { class: 'panel', id: 'follow-up-register' },
    h('h2', {}, t('followUp.register.title', doc.year)),
    h('p', {}, t('followUp.register.intro')),
    matters.length ? registerTable(t('followUp.register.table', doc.year), matters, false)
      : h('p', { class: 'empty' }, t('followUp.register.none')));
}

// ---- The forum's live register.

const NOTE_MAX = 500;

function select(name, options, selected) {
  return h('select', { name }, options.map((o) => h('option', { value: o.value, selected: o.value === (selected || '') }, o.label)));
}

/** No owner, the active principals, and the present owner even if it has since been retired. */
function ownerOptions(owner) {
  const principals = allPrincipals();
  const options = [{ value: '', label: t('followUp.forum.noOwner') }, ...principals.map((p) => ({ value: p.id, label: p.name }))];
  if (owner && !principals.some((p) => p.id === owner)) options.push({ value: owner, label: principalName(owner) });
  return options;
}

/** A forum member's form for one matter: owner, status and a short note, saved with PATCH. */
function matterForm(matter, reload) {
  const summaryEl = errorSummary();
  const submit = h('button', { type: 'submit', class: 'primary' },
    t('followUp.forum.save'), h('span', { class: 'visually-hidden' }, ` ${matter.caseNumber}`));
  const form = h('form', { class: 'action', novalidate: true, 'data-matter': matter.id },
    summaryEl,
    field({ label: t('followUp.forum.owner'), input: select('ownerPrincipalId', ownerOptions(matter.ownerPrincipalId), matter.ownerPrincipalId) }),
    field({
      label: t('followUp.register.status'),
      input: select('status', Object.keys(STATUSES).map((code) => ({ value: code, label: t(STATUSES[code]) })), matter.status),
    }),
    field({
      label: t('followUp.forum.note'), hint: t('followUp.forum.note.hint', NOTE_MAX), optional: true,
      input: h('textarea', { name: 'statusNote', rows: 3, maxlength: NOTE_MAX, value: matter.statusNote || '' }),
    }),
    h('div', { class: 'actions' }, submit));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form, summaryEl);
    const values = Object.fromEntries(new FormData(form).entries());
    const note = (values.statusNote || '').trim();
    const problems = [];
    if (note.length > NOTE_MAX) problems.push({ field: 'statusNote', message: t('followUp.forum.error.noteLength', NOTE_MAX) });
    if (containsIdentityNumber(note)) problems.push({ field: 'statusNote', message: t('followUp.forum.error.pnr') });
    if (problems.length) { showErrors(form, summaryEl, problems); return; }
    submit.disabled = true;
    try {
      await api(`/forum-matters/${encodeURIComponent(matter.id)}`, {
        method: 'PATCH', body: { ownerPrincipalId: values.ownerPrincipalId || null, status: values.status, statusNote: note || null },
      });
      flash(t('followUp.forum.saved', matter.caseNumber));
      reload();
    } catch (error) {
      showErrors(form, summaryEl, problemErrors(error));
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

/** One matter as a card: what it is, where it stands, and (folded) the form to change that. */
function matterItem(matter, reload) {
  const lang = language();
  const owner = matter.ownerPrincipalId ? t('followUp.forum.ownerIs', principalName(matter.ownerPrincipalId)) : t('followUp.forum.noOwner');
  return h('li', { class: 'card' },
    h('h3', { class: 'card-title' }, h('span', { class: 'case-number' }, matter.caseNumber), ` · ${matter.subject || ''}`),
    h('p', { class: 'card-meta' }, label(KINDS, matter.kind), ' · ', areaName(matter.areaCode), ' · ',
      t('followUp.forum.raised', date(matter.raisedAt, lang), principalName(matter.raisedByPrincipalId))),
    h('p', {}, h('span', { class: 'status' }, t('followUp.forum.statusIs', label(STATUSES, matter.status))), ` ${owner}`),
    matter.statusNote ? h('p', { class: 'prose' }, matter.statusNote) : null,
    matter.updatedAt ? h('p', { class: 'card-meta' }, t('followUp.forum.updated', dateTime(matter.updatedAt, lang))) : null,
    h('details', {}, h('summary', {}, t('followUp.forum.change'), h('span', { class: 'visually-hidden' }, ` ${matter.caseNumber}`)),
      matterForm(matter, reload)));
}

/** The register as it stands: forms for forum members, a table for administrators. */
function forumSection(user, matters, reload) {
  const editable = user.has('forum');
  let body;
  if (!Array.isArray(matters)) {
    body = h('p', { class: 'empty' }, t('followUp.forum.unavailable'), matters && matters.message ? ` ${matters.message}` : '');
  } else if (!matters.length) {
    body = h('p', { class: 'empty' }, t('followUp.forum.none'));
  } else if (editable) {
    body = h('ul', { class: 'cards' }, matters.map((m) => matterItem(m, reload)));
  } else {
    body = registerTable(t('followUp.forum.table'), matters, true);
  }
  return h('section', { class: 'panel', id: 'forum-register' },
    h('h2', {}, t('followUp.forum.title')),
    h('p', {}, t(editable ? 'followUp.forum.intro' : 'followUp.forum.readOnly')),
    body);
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

export default async function followUp({ query, reload, user }) {
  const withRegister = Boolean(user && (user.has('forum') || user.has('admin')));
  const [years, matters] = await Promise.all([
    api('/follow-ups'),
    // The register is a part of the page: if it cannot be read, the rest still shows.
    withRegister ? api('/forum-matters').catch((error) => error) : null,
  ]);
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
        h('button', { type: 'button', class: 'secondary', onclick: () => download(y.year, 'pdf', 'application/pdf') }, t('followUp.pdf', y.year)),
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
      withRegister ? forumSection(user, matters, reload) : null,
      doc ? summary(doc) : null,
      doc && Array.isArray(doc.measuresByArea) ? measuresSection(doc) : null,
      doc && Array.isArray(doc.forumRegister) ? yearRegisterSection(doc) : null),
  };
}
