package se.samverkan.cases.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Tag;
import se.samverkan.cases.Cursor;
import se.samverkan.platform.rest.BoundaryProbe;
import se.samverkan.platform.rest.PlainText;
import se.samverkan.platform.rest.WellFormedJson;

/**
 * Fuzzes what reads untrusted input at the API boundary: a filing's JSON into its record, the
 * checks on its text, the keyset cursor of the lists and the token's principal claim. Whatever
 * comes in, the outcome is a value or a refusal that the API answers with a 4xx problem, never an
 * exception that would become a 500.
 *
 * <p>Every build fuzzes for a short while ({@link #briefly}); a longer run is on demand: {@code mvn
 * -pl web test -Dtest=JsonBoundaryFuzzTest -Dsamverkan.fuzz.excluded= -Dgroups=long-fuzz}.
 */
class JsonBoundaryFuzzTest {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final PlainText.Validator PLAIN_TEXT = new PlainText.Validator();

    @DictionaryEntries({
        "{",
        "}",
        "[",
        "]",
        ":",
        ",",
        "null",
        "true",
        "false",
        "\"type\"",
        "\"DEVIATION\"",
        "\"COMPLAINT\"",
        "\"occurredAt\"",
        "\"2026-03-14T21:30:00+01:00\"",
        "\"concernedPrincipalId\"",
        "\"areaCode\"",
        "\"summary\"",
        "\"description\"",
        "\"immediateActions\"",
        "\"consequence\"",
        "\"likelihood\"",
        "\"seriousEvent\"",
        "\"purchasedService\"",
        "\\u0000",
        "1e999",
        "-0",
        "9223372036854775808"
    })
    @FuzzTest(maxDuration = "15s")
    void briefly(FuzzedDataProvider data) {
        boundary(data);
    }

    @Tag("long-fuzz")
    @FuzzTest(maxDuration = "10m")
    void atLength(FuzzedDataProvider data) {
        boundary(data);
    }

    private static void boundary(FuzzedDataProvider data) {
        String cursor = data.consumeString(64);
        String authorization = data.consumeString(256);
        String body = data.consumeRemainingAsString();

        filingBody(body);
        cursor(cursor);
        BoundaryProbe.principalClaim(authorization);
    }

    /** As the server reads a filing: the guard first, then JSON-B. */
    private static void filingBody(String body) {
        if (!WellFormedJson.check(body)) {
            return; // answered 400 malformed-json by JsonBodyGuard
        }
        CaseRequests.FileCase request;
        try {
            request = JSON.fromJson(body, CaseRequests.FileCase.class);
        } catch (JsonbException refused) {
            assertEquals(400, BoundaryProbe.statusForUnreadable(refused));
            return;
        }
        if (request == null) {
            return;
        }
        for (String text :
                new String[] {
                    request.summary(), request.description(), request.immediateActions()
                }) {
            PLAIN_TEXT.isValid(text, null);
        }
        if (request.type() != null
                && request.consequence() != null
                && request.likelihood() != null) {
            request.toDraft();
        }
    }

    private static void cursor(String text) {
        try {
            Cursor parsed = Cursor.parse(text);
            assertEquals(parsed, Cursor.parse(parsed.encode()), "a cursor survives a round trip");
        } catch (IllegalArgumentException refused) {
            assertTrue(refused.getMessage().startsWith("not a cursor"));
        }
    }
}
