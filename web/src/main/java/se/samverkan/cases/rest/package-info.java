/**
 * Cases over REST, exactly as the contract names them: {@code /api/cases} and its steps.
 *
 * <p>Every endpoint is open to every signed-in role at the JAX-RS level; who may do what is decided
 * by the domain's one policy ({@code CaseAccess}) on the caller's roles and principal, so that a
 * case another principal may not see answers 404 exactly like a case that does not exist. Request
 * bodies are records checked by Bean Validation; responses are records, never entities.
 */
package se.samverkan.cases.rest;
