package se.samverkan.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.Reader;
import java.io.StringReader;
import java.util.Map;

/**
 * Whether a text is one well-formed JSON value, checked with the streaming parser before JSON-B
 * binds it.
 *
 * <p>Why: JSON-B (Yasson 3.0.4 on Parsson 1.1.7, as WildFly 39 ships them) never returns when it
 * skips an unknown property whose object or array is cut off by the end of the input: {@code
 * {"x":{} pins a request thread at full CPU for ever. A truncated body is an everyday thing (a
 * phone losing its connection), so no body reaches the binder unchecked. The streaming parser
 * refuses such input at once. Found by {@code JsonBoundaryFuzzTest}.
 */
public final class WellFormedJson {

    /**
     * One factory for every check: {@code Json.createParser} looks the JSON-P provider up through
     * the service loader on every call, which cost a tenth of a filing's CPU (measured by JFR).
     */
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    private WellFormedJson() {}

    public static boolean check(String text) {
        return check(new StringReader(text));
    }

    public static boolean check(Reader json) {
        try (JsonParser parser = PARSERS.createParser(json)) {
            while (parser.hasNext()) {
                parser.next();
            }
            return true;
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            return false;
        }
    }
}
