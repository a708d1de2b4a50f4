package se.samverkan.platform.rest;

import jakarta.json.bind.JsonbException;
import java.util.Optional;

/** Opens package-private parts of the boundary to tests in other packages. */
public final class BoundaryProbe {

    private BoundaryProbe() {}

    public static Optional<String> principalClaim(String authorization) {
        return CurrentCaller.principalClaim(authorization);
    }

    /** The status the API answers a body that JSON-B refuses with. */
    public static int statusForUnreadable(JsonbException refused) {
        ProblemMappers.UnreadableJson mapper = new ProblemMappers.UnreadableJson();
        mapper.problems = new Problems();
        return mapper.toResponse(refused).getStatus();
    }
}
