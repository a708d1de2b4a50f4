package se.samverkan.platform.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WellFormedJsonTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"{\"a\":\"x\"}", "{\"x\":{}}", "[1,2]", "\"text\"", "{\"a\":{\"b\":[{}]}}"})
    void acceptsWellFormedJson(String json) {
        assertTrue(WellFormedJson.check(json));
    }

    /** These made JSON-B spin for ever when they reached it (found by the fuzz test). */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"x\":{",
                "{\"x\":[",
                "{\"x\":{\"y\":1",
                "{\"a\":\"x\",\"x\":{",
                "{\"a\":1}}",
                "{\"a\":1} {\"b\":2}",
                "",
                "  ",
                "{\"a\":"
            })
    void refusesTruncatedOrTrailingJsonAtOnce(String json) {
        assertTimeoutPreemptively(
                Duration.ofSeconds(2), () -> assertFalse(WellFormedJson.check(json)));
    }

    /** Issue 18, found 2: a thousand brackets reached Parsson's depth limit, a 500. */
    @org.junit.jupiter.api.Test
    void refusesNestingDeeperThanTheLimitWithoutReachingTheParsersOwn() {
        int limit = WellFormedJson.MAX_DEPTH;
        assertTrue(WellFormedJson.check("[".repeat(limit) + "]".repeat(limit)));
        assertFalse(WellFormedJson.check("[".repeat(limit + 1) + "]".repeat(limit + 1)));
        assertFalse(WellFormedJson.check("[".repeat(1_000) + "]".repeat(1_000)));
        assertFalse(WellFormedJson.check("[".repeat(100_000)));
        assertFalse(WellFormedJson.check("{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000)));
    }

    @org.junit.jupiter.api.Test
    void aBodyIsReadOnceCheckedAndRefusedAsAProblemIfItIsNotJson() {
        byte[] body = "{\"a\":[1,2]}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(WellFormedJson.parse(body).asJsonObject().containsKey("a"));
        assertTrue(WellFormedJson.parseChecked(body).asJsonObject().containsKey("a"));
        byte[] cut = "{\"a\":".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertThrows(
                ProblemException.class, () -> WellFormedJson.parse(cut));
        org.junit.jupiter.api.Assertions.assertThrows(
                ProblemException.class, () -> WellFormedJson.parseChecked(cut));
        assertTrue(WellFormedJson.parse("[".repeat(40) + "]".repeat(40)).isEmpty());
    }
}
