/**
 * The REST boundary's common ground: the JAX-RS application, who the caller is, and errors.
 *
 * <p>Every error leaves as an RFC 9457 problem document ({@code application/problem+json}) with
 * {@code type}, {@code title}, {@code status} and {@code detail}; validation errors add {@code
 * errors}. Problem types are relative URIs under {@code /problems/}, stable across hosts. Titles
 * and details are read from {@code Messages.properties} in Swedish, or in English when the caller's
 * {@code Accept-Language} prefers it. Nothing unexpected ever shows its stack trace: the caller
 * gets an incident id, the log gets the rest.
 *
 * <p>Authentication is the server's: WildFly's elytron-oidc-client verifies the bearer token
 * (signature, issuer, expiry and audience {@code samverkan-api}) before a resource is reached.
 * {@link se.samverkan.platform.rest.CurrentCaller} turns the verified token into a {@link
 * se.samverkan.access.Caller}.
 */
package se.samverkan.platform.rest;
