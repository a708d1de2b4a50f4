package se.samverkan.platform.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.samverkan.access.Caller;
import se.samverkan.access.Role;

/**
 * The caller of this request, from the token the server has already verified.
 *
 * <p>Roles come from the container ({@code isUserInRole}). The {@code principal} claim is read from
 * the payload of the very bearer token that elytron-oidc-client verified for this request
 * (signature, issuer, expiry, audience): decoding it again here needs no private server API and
 * trusts nothing the verification did not cover. A user without a principal cannot act.
 */
@RequestScoped
public class CurrentCaller {

    static final String PRINCIPAL_CLAIM = "principal";

    @Inject HttpServletRequest request;

    /** Looked up once: {@code Json.createReader} runs the service loader on every call. */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private Caller caller;

    /** The caller; a request without a principal claim ends here with a 403 problem. */
    public Caller get() {
        if (caller == null) {
            caller = resolve();
        }
        return caller;
    }

    private Caller resolve() {
        if (request.getUserPrincipal() == null) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, null);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (request.isUserInRole(role.tokenName())) {
                roles.add(role);
            }
        }
        String principal =
                principalClaim(request.getHeader("Authorization"))
                        .orElseThrow(() -> new ProblemException(ProblemType.NO_PRINCIPAL, null));
        return new Caller(request.getUserPrincipal().getName(), principal, roles);
    }

    /** The {@code principal} claim of a bearer token's payload, if there is one. */
    static Optional<String> principalClaim(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String[] parts = authorization.substring(7).trim().split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try (JsonReader reader =
                READERS.createReader(
                        new StringReader(
                                new String(
                                        Base64.getUrlDecoder().decode(parts[1]),
                                        StandardCharsets.UTF_8)))) {
            JsonObject claims = reader.readObject();
            JsonValue value = claims.get(PRINCIPAL_CLAIM);
            if (value instanceof JsonString text && !text.getString().isBlank()) {
                return Optional.of(text.getString());
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
