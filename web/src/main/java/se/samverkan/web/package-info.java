/**
 * The staff web pages: static HTML, CSS and JavaScript modules under {@code webapp/}, served from
 * the EAR with nothing fetched at run time and no build step.
 *
 * <p>Why this shape: the pages are a thin client of the same REST API that integrations use, so
 * there is one access policy ({@code CaseAccess}) and one set of rules; the server tells a page
 * which actions a caller may take on a case ({@code actions}), so a page never guesses. The browser
 * signs in with the authorization code flow and PKCE through the public client {@code
 * samverkan-web} and calls {@code /api} with the bearer token in a header. No cookie carries
 * authority, so a forged cross-site request has nothing to ride on (CSRF).
 *
 * <p>This package holds the little the server does for the pages: {@link WebConfigServlet} tells
 * them where Keycloak is, and {@link SecurityHeadersFilter} sets a strict Content Security Policy.
 */
package se.samverkan.web;
