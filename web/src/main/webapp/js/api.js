// The REST API, with the bearer token and the user's language. A refusal comes back as an
// ApiError holding the RFC 9457 problem document, so a page can put each message by its field.

import { accessToken, expired, login } from './auth.js';
import { language, t } from './i18n.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }

  /** The problem's type without its base, e.g. "patient-identifier-in-text". */
  get kind() {
    return (this.problem.type || '').split('/').pop();
  }

  get fieldErrors() {
    return this.problem.errors || [];
  }
}

async function signInAgain() {
  expired();
  await login(location.hash, language());
  // The browser is leaving; nothing after this should run.
  return new Promise(() => {});
}

/** One call. Options: method, body (JSON), raw (a Blob or string body), contentType, accept, headers. */
export async function api(path, options = {}) {
  const token = await accessToken();
  if (!token) return signInAgain();
  const headers = {
    Authorization: `Bearer ${token}`,
    'Accept-Language': language(),
    Accept: options.accept || 'application/json',
    ...(options.headers || {}),
  };
  let body;
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  } else if (options.raw !== undefined) {
    headers['Content-Type'] = options.contentType;
    body = options.raw;
  }
  let response;
  try {
    response = await fetch(`/api${path}`, { method: options.method || 'GET', headers, body });
  } catch (e) {
    throw new ApiError(0, { title: t('error.network'), detail: t('error.network.detail') });
  }
  if (response.status === 401) return signInAgain();
  const type = response.headers.get('Content-Type') || '';
  if (!response.ok) {
    const problem = type.includes('json') ? await response.json().catch(() => null) : null;
    throw new ApiError(response.status, problem || { title: t('error.unexpected') });
  }
  if (response.status === 204) return null;
  if (options.accept && !options.accept.includes('json')) return response.blob();
  return type.includes('json') ? response.json() : response.text();
}

/** An upload that reports its progress (fetch cannot), for the import of history. */
export async function upload(path, file, contentType, onProgress) {
  const token = await accessToken();
  if (!token) return signInAgain();
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api${path}`);
    request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.setRequestHeader('Accept-Language', language());
    request.setRequestHeader('Content-Type', contentType);
    request.upload.onprogress = (e) => { if (e.lengthComputable) onProgress(e.loaded / e.total); };
    request.onload = () => {
      const parsed = (() => { try { return JSON.parse(request.responseText); } catch (e) { return null; } })();
      if (request.status === 401) { signInAgain(); return; }
      if (request.status >= 200 && request.status < 300) resolve(parsed);
      else reject(new ApiError(request.status, parsed || { title: t('error.unexpected') }));
    };
    request.onerror = () => reject(new ApiError(0, { title: t('error.network'), detail: t('error.network.detail') }));
    request.send(file);
  });
}
