/**
 * Who is calling: the signed-in person, their principal and their roles, as the verified token
 * says. The web layer builds a {@link se.samverkan.access.Caller} from the token; the domain
 * decides on that alone, never on anything the request body claims.
 */
package se.samverkan.access;
