package se.samverkan.access;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The person behind a request: username, the principal they belong to (exactly one) and their
 * roles. Built only from a verified token.
 */
public record Caller(String username, String principalId, Set<Role> roles) {

    public Caller {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(principalId, "principalId");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean belongsTo(String principal) {
        return principalId.equals(principal);
    }
}
