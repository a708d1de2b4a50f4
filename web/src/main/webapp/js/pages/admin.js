// Administration: the registry as it stands, the import of historical cases with upload progress
// and every rejected line by number, and the review of the patient access log (with a random
// sample for the recurring review the law asks for, and CSV for the file).

import { api, upload } from '../api.js';
import { dateTime, h } from '../dom.js';
import { errorSummary, field, problemErrors, showErrors, clearErrors } from '../forms.js';
import { language, t } from '../i18n.js';
import { flash } from '../flash.js';
import { forget } from '../registry.js';

/** A small form of text fields; onSubmit gets the values and may throw an ApiError. */
function smallForm({ name, fields, button, onSubmit }) {
  const summary = errorSummary();
  const form = h('form', { class: 'action', novalidate: true, 'data-form': name }, summary,
    fields.map((f) => field({
      label: f.label, hint: f.hint,
      input: f.options
        ? h('select', { name: f.name }, f.options.map((o) => h('option', { value: o.value, selected: o.value === f.value }, o.label)))
        : h('input', { name: f.name, value: f.value || '', type: f.type || 'text', autocomplete: 'off' }),
    })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, button)));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form, summary);
    try {
      await onSubmit(Object.fromEntries(new FormData(form).entries()));
    } catch (error) {
      showErrors(form, summary, problemErrors(error));
    }
  });
  return form;
}

function retireButton(retired, onClick) {
  return h('button', { type: 'button', class: 'secondary', onclick: onClick },
    t(retired ? 'admin.registry.reinstate' : 'admin.registry.retire'));
}

const UNIT_KINDS = ['HEALTH_CENTRE', 'HOSPITAL_WARD', 'HOME_HEALTH_CARE', 'SPECIAL_HOUSING', 'DAY_ACTIVITY', 'OTHER'];

function registryPanel(data, refresh) {
  const done = async (message) => { forget(); flash(message); await refresh(); };
  const areaItems = data.areas.map((a) => h('li', { class: 'card' },
    h('p', { class: 'card-title' }, `${a.nameSv} / ${a.nameEn} (${a.code})`,
      a.retired ? h('span', { class: 'overdue' }, ` – ${t('admin.areas.retired')}`) : null),
    h('details', {}, h('summary', {}, t('admin.registry.change', a.nameSv)),
      smallForm({
        name: `area-${a.code}`, button: t('admin.registry.save'),
        fields: [
          { name: 'nameSv', label: t('admin.area.nameSv'), value: a.nameSv },
          { name: 'nameEn', label: t('admin.area.nameEn'), value: a.nameEn },
          { name: 'descriptionSv', label: t('admin.area.descriptionSv'), value: a.descriptionSv },
          { name: 'descriptionEn', label: t('admin.area.descriptionEn'), value: a.descriptionEn },
        ],
        onSubmit: async (v) => { await api(`/registry/areas/${a.code}`, { method: 'PATCH', body: v }); await done(t('admin.registry.saved')); },
      }),
      retireButton(a.retired, async () => {
        await api(`/registry/areas/${a.code}`, { method: 'PATCH', body: { retired: !a.retired } });
        await done(t('admin.registry.saved'));
      }))));
  const addArea = h('details', {}, h('summary', {}, t('admin.area.add')), smallForm({
    name: 'area-new', button: t('admin.area.add'),
    fields: [
      { name: 'code', label: t('admin.area.code'), hint: t('admin.area.code.hint') },
      { name: 'nameSv', label: t('admin.area.nameSv') },
      { name: 'nameEn', label: t('admin.area.nameEn') },
      { name: 'descriptionSv', label: t('admin.area.descriptionSv') },
      { name: 'descriptionEn', label: t('admin.area.descriptionEn') },
    ],
    onSubmit: async (v) => { await api('/registry/areas', { method: 'POST', body: v }); await done(t('admin.registry.saved')); },
  }));

  const principalItems = data.principals.map((p) => h('li', { class: 'card' },
    h('p', { class: 'card-title' }, `${p.name} (${p.code}) – ${t(`kind.${p.kind}`)}`,
      p.retired ? h('span', { class: 'overdue' }, ` – ${t('admin.areas.retired')}`) : null),
    h('p', { class: 'card-meta' }, `${p.handlerEmail} · ${p.medicalOfficerEmail}`),
    h('details', {}, h('summary', {}, t('admin.registry.change', p.name)),
      smallForm({
        name: `principal-${p.id}`, button: t('admin.registry.save'),
        fields: [
          { name: 'name', label: t('admin.principal.name'), value: p.name },
          { name: 'handlerEmail', label: t('admin.principal.handlerEmail'), value: p.handlerEmail, type: 'email' },
          { name: 'medicalOfficerEmail', label: t('admin.principal.officerEmail'), value: p.medicalOfficerEmail, type: 'email' },
        ],
        onSubmit: async (v) => { await api(`/registry/principals/${p.id}`, { method: 'PATCH', body: v }); await done(t('admin.registry.saved')); },
      }),
      p.kind === 'MUNICIPALITY' ? retireButton(p.retired, async () => {
        await api(`/registry/principals/${p.id}`, { method: 'PATCH', body: { retired: !p.retired } });
        await done(t('admin.registry.saved'));
      }) : null,
      h('h4', {}, t('admin.units')),
      h('ul', {}, p.units.map((u) => h('li', {},
        `${u.name} (${u.code})`, u.retired ? ` – ${t('admin.areas.retired')}` : '', ' ',
        h('button', {
          type: 'button', class: 'link',
          onclick: async () => { await api(`/registry/units/${u.id}`, { method: 'PATCH', body: { retired: !u.retired } }); await done(t('admin.registry.saved')); },
        }, t(u.retired ? 'admin.registry.reinstate' : 'admin.registry.retire'), h('span', { class: 'visually-hidden' }, ` ${u.name}`))))),
      smallForm({
        name: `unit-new-${p.id}`, button: t('admin.unit.add'),
        fields: [
          { name: 'code', label: t('admin.unit.code'), hint: t('admin.unit.code.hint') },
          { name: 'name', label: t('admin.unit.name') },
          { name: 'kind', label: t('admin.unit.kind'), options: UNIT_KINDS.map((k) => ({ value: k, label: t(`unitKind.${k}`) })) },
        ],
        onSubmit: async (v) => { await api(`/registry/principals/${p.id}/units`, { method: 'POST', body: v }); await done(t('admin.registry.saved')); },
      }))));
  const addPrincipal = h('details', {}, h('summary', {}, t('admin.principal.add')), smallForm({
    name: 'principal-new', button: t('admin.principal.add'),
    fields: [
      { name: 'id', label: t('admin.principal.id'), hint: t('admin.principal.id.hint') },
      { name: 'name', label: t('admin.principal.name') },
      { name: 'code', label: t('admin.principal.code'), hint: t('admin.principal.code.hint') },
      { name: 'handlerEmail', label: t('admin.principal.handlerEmail'), type: 'email' },
      { name: 'medicalOfficerEmail', label: t('admin.principal.officerEmail'), type: 'email' },
    ],
    onSubmit: async (v) => { await api('/registry/principals', { method: 'POST', body: v }); await done(t('admin.registry.saved')); },
  }));
  return h('section', { class: 'panel' }, h('h2', {}, t('admin.registry')),
    h('p', {}, t('admin.registry.intro')),
    h('h3', {}, t('admin.principals')), h('ul', { class: 'cards' }, principalItems), addPrincipal,
    h('h3', {}, t('admin.areas')), h('ul', { class: 'cards' }, areaItems), addArea);
}

function importPanel() {
  const summary = errorSummary();
  const progress = h('progress', { max: 100, value: 0, hidden: true, 'aria-label': t('admin.import.progress') });
  const live = h('p', { class: 'status-line', role: 'status' });
  const result = h('div', {});
  const form = h('form', { class: 'action', novalidate: true },
    summary,
    field({ label: t('admin.import.file'), hint: t('admin.import.file.hint'), input: h('input', { type: 'file', name: 'file', accept: '.ndjson,.jsonl,application/x-ndjson' }) }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('admin.import.start'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const file = form.elements.file.files[0];
    if (!file) {
      showErrors(form, summary, [{ field: 'file', message: t('admin.import.error.file') }]);
      return;
    }
    clearErrors(form, summary);
    result.replaceChildren();
    progress.hidden = false;
    progress.value = 0;
    live.textContent = t('admin.import.uploading', 0);
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const outcome = await upload('/imports', file, 'application/x-ndjson', (share) => {
        progress.value = Math.round(share * 100);
        live.textContent = share < 1 ? t('admin.import.uploading', progress.value) : t('admin.import.working');
      });
      progress.value = 100;
      live.textContent = t('admin.import.done', outcome.imported, outcome.rejected.length);
      result.replaceChildren(outcome.rejected.length
        ? h('table', {},
          h('caption', {}, t('admin.import.rejected')),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('admin.import.line')), h('th', { scope: 'col' }, t('admin.import.errors')))),
          h('tbody', {}, outcome.rejected.map((r) => h('tr', {}, h('td', {}, String(r.line)), h('td', {}, r.errors.join('; '))))))
        : h('p', {}, t('admin.import.allGood')));
    } catch (error) {
      live.textContent = '';
      showErrors(form, summary, problemErrors(error));
    } finally {
      button.disabled = false;
      progress.hidden = true;
    }
  });
  return h('section', { class: 'panel' }, h('h2', {}, t('admin.import')), h('p', {}, t('admin.import.intro')), form, progress, live, result);
}

function accessLogPanel() {
  const summary = errorSummary();
  const result = h('div', {});
  const form = h('form', { class: 'filters', novalidate: true },
    summary,
    field({ label: t('admin.log.from'), input: h('input', { type: 'date', name: 'from' }) }),
    field({ label: t('admin.log.to'), input: h('input', { type: 'date', name: 'to' }) }),
    field({ label: t('admin.log.caseId'), optional: true, input: h('input', { name: 'caseId', inputmode: 'numeric' }) }),
    field({ label: t('admin.log.user'), optional: true, input: h('input', { name: 'user', autocomplete: 'off' }) }),
    field({ label: t('admin.log.sample'), hint: t('admin.log.sample.hint'), optional: true, input: h('input', { name: 'sample', inputmode: 'numeric' }) }),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary' }, t('admin.log.search')),
      h('button', { type: 'button', class: 'secondary', 'data-csv': 'true' }, t('admin.log.csv'))));
  const query = () => {
    const values = Object.fromEntries(new FormData(form).entries());
    const params = new URLSearchParams();
    if (values.from) params.set('from', new Date(`${values.from}T00:00`).toISOString());
    if (values.to) params.set('to', new Date(new Date(`${values.to}T00:00`).getTime() + 86400000).toISOString());
    for (const name of ['caseId', 'user', 'sample']) if (values[name]) params.set(name, values[name].trim());
    return params;
  };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form, summary);
    try {
      const entries = await api(`/access-log?${query()}`);
      const lang = language();
      result.replaceChildren(h('p', { role: 'status' }, t('admin.log.count', entries.length)), entries.length ? h('table', {},
        h('caption', {}, t('admin.log.caption')),
        h('thead', {}, h('tr', {}, ['at', 'user', 'principal', 'case', 'action'].map((k) => h('th', { scope: 'col' }, t(`admin.log.${k}`))))),
        h('tbody', {}, entries.map((e) => h('tr', {},
          h('td', {}, dateTime(e.at, lang)), h('td', {}, e.user), h('td', {}, e.principalId),
          h('td', {}, h('a', { href: `#/cases/${e.caseId}` }, String(e.caseId))), h('td', {}, e.action))))) : '');
    } catch (error) {
      showErrors(form, summary, problemErrors(error));
    }
  });
  form.querySelector('[data-csv]').addEventListener('click', async () => {
    clearErrors(form, summary);
    try {
      const blob = await api(`/access-log?${query()}`, { accept: 'text/csv' });
      const link = h('a', { href: URL.createObjectURL(blob), download: 'atkomstlogg.csv' });
      document.body.append(link);
      link.click();
      link.remove();
    } catch (error) {
      showErrors(form, summary, problemErrors(error));
    }
  });
  return h('section', { class: 'panel' }, h('h2', {}, t('admin.log')), h('p', {}, t('admin.log.intro')), form, result);
}

export default async function admin({ reload }) {
  const data = await api('/registry');
  return {
    title: t('admin.title'),
    content: h('div', {}, h('h1', {}, t('admin.title')),
      h('nav', { 'aria-label': t('admin.sections') }, h('ul', { class: 'inline' },
        ['import', 'log', 'registry'].map((id) => h('li', {}, h('button', {
          type: 'button', class: 'link',
          onclick: () => { const target = document.getElementById(`admin-${id}`); target.focus(); target.scrollIntoView(); },
        }, t(`admin.section.${id}`)))))),
      h('div', { id: 'admin-import', tabindex: '-1' }, importPanel()),
      h('div', { id: 'admin-log', tabindex: '-1' }, accessLogPanel()),
      h('div', { id: 'admin-registry', tabindex: '-1' }, registryPanel(data, reload))),
  };
}
