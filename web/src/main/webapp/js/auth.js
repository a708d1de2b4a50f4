// Signing in: the authorization code flow with PKCE against Keycloak, by the public client the
// server names in /web-config.json. Tokens live in this tab's sessionStorage only and go to the
// API in the Authorization header; no cookie ever carries authority (so no CSRF).
//
// When the session ends (refresh refused, or the API answers 401), the page remembers where the
// user was and signs in again; forms keep their drafts (drafts.js), so nothing typed is lost.

const TOKENS = 'samverkan.tokens';
const PENDING = 'samverkan.login';
let config;
let tokens = JSON.parse(sessionStorage.getItem(TOKENS) || 'null');
let refreshing = null;

function endpoint(name) {
  return `${config.authority}/protocol/openid-connect/${name}`;
}

function redirectUri() {
  return `${location.origin}${location.pathname}`;
}

function base64url(bytes) {
  let text = '';
  for (const b of new Uint8Array(bytes)) text += String.fromCharCode(b);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function random(size) {
  return base64url(crypto.getRandomValues(new Uint8Array(size)));
}

function keep(received) {
  const now = Date.now();
  tokens = {
    access: received.access_token,
    refresh: received.refresh_token,
    id: received.id_token || (tokens && tokens.id),
    expiresAt: now + received.expires_in * 1000,
  };
  sessionStorage.setItem(TOKENS, JSON.stringify(tokens));
}

function forget() {
  tokens = null;
  sessionStorage.removeItem(TOKENS);
}

async function tokenRequest(form) {
  const response = await fetch(endpoint('token'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: config.clientId, ...form }),
  });
  if (!response.ok) throw new Error(`token endpoint answered ${response.status}`);
  return response.json();
}

/** Reads the configuration and, when Keycloak has just sent the user back, takes the code. */
export async function init() {
  config = await (await fetch('web-config.json', { cache: 'no-cache' })).json();
  const params = new URLSearchParams(location.search);
  if (!params.has('state')) return;
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
  sessionStorage.removeItem(PENDING);
  // The code leaves the address bar at once, whatever happens next.
  history.replaceState(null, '', `${location.pathname}${pending ? pending.returnTo : ''}`);
  if (!pending || params.get('state') !== pending.state || !params.has('code')) return;
  try {
    keep(await tokenRequest({
      grant_type: 'authorization_code',
      code: params.get('code'),
      redirect_uri: redirectUri(),
      code_verifier: pending.verifier,
    }));
  } catch (e) {
    forget();
  }
}

/** Off to Keycloak; back to {@code returnTo} (a hash route) afterwards. */
export async function login(returnTo, uiLocale) {
  const verifier = random(48);
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const state = random(16);
  sessionStorage.setItem(PENDING, JSON.stringify({ state, verifier, returnTo: returnTo || '' }));
  const query = new URLSearchParams({
    client_id: config.clientId,
    redirect_uri: redirectUri(),
    response_type: 'code',
    scope: 'openid',
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ui_locales: uiLocale || 'sv',
  });
  location.assign(`${endpoint('auth')}?${query}`);
}

export function logout() {
  const idToken = tokens && tokens.id;
  forget();
  const query = new URLSearchParams({ client_id: config.clientId, post_logout_redirect_uri: redirectUri() });
  if (idToken) query.set('id_token_hint', idToken);
  location.assign(`${endpoint('logout')}?${query}`);
}

/** The signed-in user from the access token's claims, or null. */
export function user() {
  if (!tokens) return null;
  const claims = JSON.parse(decodeURIComponent(escape(atob(
    tokens.access.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')))));
  const roles = (claims.realm_access && claims.realm_access.roles) || [];
  return {
    username: claims.preferred_username,
    name: claims.name || claims.preferred_username,
    principal: claims.principal,
    roles,
    has: (role) => roles.includes(role),
  };
}

/** A valid access token, refreshed when it is about to run out; null when the session is over. */
export async function accessToken() {
  if (!tokens) return null;
  if (tokens.expiresAt - Date.now() > 20000) return tokens.access;
  if (!refreshing) {
    refreshing = tokenRequest({ grant_type: 'refresh_token', refresh_token: tokens.refresh })
      .then(keep, forget)
      .finally(() => { refreshing = null; });
  }
  await refreshing;
  return tokens ? tokens.access : null;
}

/** The API refused the token: the session is over. */
export function expired() {
  forget();
}
