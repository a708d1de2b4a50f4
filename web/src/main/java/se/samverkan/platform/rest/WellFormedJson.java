package se.samverkan.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import java.io.Reader;
import java.io.StringReader;

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

    private WellFormedJson() {}

    public static boolean check(String text) {
        return check(new StringReader(text));
    }

    public static boolean check(Reader json) {
        try (JsonParser parser = Json.createParser(json)) {
            while (parser.hasNext()) {
                parser.next();
            }
            return true;
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            return false;
        }
    }
}
