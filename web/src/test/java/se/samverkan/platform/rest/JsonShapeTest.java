package se.samverkan.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samverkan.cases.CaseType;

class JsonShapeTest {

    record Measure(String description) {}

    record Body(
            String summary,
            Integer year,
            int count,
            Boolean serious,
            CaseType type,
            OffsetDateTime at,
            List<Measure> measures) {}

    static List<String> faults(String json) {
        JsonValue value = Json.createReader(new StringReader(json)).readValue();
        return JsonShape.faults(value, Body.class).stream().map(Problem.FieldError::field).toList();
    }

    @Test
    void aBodyOfTheRightShapeHasNoFaults() {
        assertEquals(
                List.of(),
                faults(
                        "{\"summary\":\"s\",\"year\":2026,\"count\":1,\"serious\":false,"
                                + "\"type\":\"COMPLAINT\",\"at\":\"2026-03-14T21:30:00+01:00\","
                                + "\"measures\":[{\"description\":\"d\"}]}"));
        assertEquals(List.of(), faults("{\"summary\":null,\"year\":null,\"measures\":null}"));
        assertEquals(List.of(), faults("{\"year\":2026.0}"), "2026.0 is a whole number");
    }

    /** The looseness of issue 18, found 4, and its relatives: each names its field. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "[{\"summary\":\"x\"}]|body",
                "{\"summary\":12345}|summary",
                "{\"year\":\"2026\"}|year",
                "{\"year\":2026.5}|year",
                "{\"year\":99999999999}|year",
                "{\"count\":null}|count",
                "{\"serious\":\"true\"}|serious",
                "{\"serious\":1}|serious",
                "{\"type\":\"deviation\"}|type",
                "{\"type\":1}|type",
                "{\"at\":\"yesterday\"}|at",
                "{\"at\":\"2026-03-14T21:30:00\"}|at",
                "{\"at\":\"2026-03-14T21:30+01:00\"}|at",
                "{\"measures\":{\"description\":\"d\"}}|measures",
                "{\"measures\":[\"d\"]}|measures[0]",
                "{\"measures\":[{\"description\":[\"d\"]}]}|measures[0].description",
                "{\"measures\":[{\"text\":\"d\"}]}|measures[0].text",
                "{\"sumary\":\"s\"}|sumary",
                "\"text\"|body",
                "42|body"
            })
    void aWrongTypeOrAnUnknownPropertyIsAFaultOfItsField(String json, String field) {
        assertEquals(List.of(field), faults(json));
    }

    @Test
    void everyFaultIsReportedNotOnlyTheFirst() {
        assertEquals(List.of("summary", "year"), faults("{\"summary\":1,\"year\":\"x\"}"));
    }

    @Test
    void recordsAndListsAreChecked() {
        assertTrue(JsonShape.checks(Body.class));
        assertFalse(JsonShape.checks(String.class));
    }
}
