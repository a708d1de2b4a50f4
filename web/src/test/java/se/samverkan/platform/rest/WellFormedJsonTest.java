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
}
