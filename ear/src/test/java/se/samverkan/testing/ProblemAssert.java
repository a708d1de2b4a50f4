package se.samverkan.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

/** Asserts that a reply is an RFC 9457 problem document of the contract's shape. */
public final class ProblemAssert {

    private ProblemAssert() {}

    public static JsonObject assertProblem(Api.Reply reply, int status, String typeEnding) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        JsonObject problem = reply.object();
        assertEquals(status, problem.getInt("status"), reply::toString);
        assertTrue(problem.getString("type").endsWith(typeEnding), reply::toString);
        assertFalse(problem.getString("title").isBlank(), reply::toString);
        assertFalse(problem.getString("detail").isBlank(), reply::toString);
        assertFalse(reply.body().contains("Exception"), "no stack trace: " + reply);
        assertFalse(reply.body().contains("\tat "), "no stack trace: " + reply);
        return problem;
    }
}
