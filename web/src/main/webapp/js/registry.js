// The principals and areas of the registry, read once per page load: names for ids and codes.

import { api } from './api.js';
import { tOr } from './i18n.js';

let principals = null;
let areas = null;

export async function load() {
  if (!principals) [principals, areas] = await Promise.all([api('/principals'), api('/areas')]);
}

export function allPrincipals() {
  return principals || [];
}

export function allAreas() {
  return areas || [];
}

export function principal(id) {
  return (principals || []).find((p) => p.id === id);
}

export function principalName(id) {
  const p = principal(id);
  return p ? p.name : id;
}

export function areaName(code) {
  const area = (areas || []).find((a) => a.code === code);
  return tOr(`area.${code}`, area ? area.name : code);
}

/** Forget what was read, after an administrator changed it. */
export function forget() {
  principals = null;
  areas = null;
}
