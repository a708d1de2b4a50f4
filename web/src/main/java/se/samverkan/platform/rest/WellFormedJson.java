package se.samverkan.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Whether a text is one well-formed JSON value of at most {@value #MAX_DEPTH} levels of nesting,
 * checked with the streaming parser before JSON-B binds it.
 *
 * <p>Why: JSON-B (Yasson 3.0.4 on Parsson 1.1.7, as WildFly 39 ships them) never returns when it
 * skips an unknown property whose object or array is cut off by the end of the input: {@code
 * {"x":{} pins a request thread at full CPU for ever. A truncated body is an everyday thing (a
 * phone losing its connection), so no body reaches the binder unchecked. The streaming parser
 * refuses such input at once. Found by {@code JsonBoundaryFuzzTest}.
 *
 * <p>The depth is counted here, and not left to Parsson's own limit (1,000 levels), because that
 * limit throws a bare {@link RuntimeException} that no mapper can tell from a fault of ours: a
 * body of a thousand {@code [} was a 500 (issue 18). No body of this API nests deeper than four.
 */
public final class WellFormedJson {

    /** Deep enough for every body of the API (a case's patient is at depth 2), and then some. */
    static final int MAX_DEPTH = 32;

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
            int depth = 0;
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case START_ARRAY, START_OBJECT -> {
                        if (++depth > MAX_DEPTH) {
                            return false;
                        }
                    }
                    case END_ARRAY, END_OBJECT -> depth--;
                    default -> {
                        // a value or a key: nothing to count
                    }
                }
            }
            return true;
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            return false;
        }
    }

    /**
     * The value of a body that {@link #check(Reader)} has passed; one that it would refuse is a
     * malformed-JSON problem here too.
     */
    static JsonValue parse(byte[] body) {
        return value(() -> reader(body))
                .orElseThrow(() -> new ProblemException(ProblemType.MALFORMED_JSON, null));
    }

    /**
     * The value of a body that {@link #check(Reader)} has already passed, parsed once more only to
     * read it: a body that passed is never deeper than Parsson's own limit.
     */
    static JsonValue parseChecked(byte[] body) {
        return read(reader(body))
                .orElseThrow(() -> new ProblemException(ProblemType.MALFORMED_JSON, null));
    }

    /** The value of one text, such as a line of an import file; empty if not well-formed. */
    public static Optional<JsonValue> parse(String text) {
        return value(() -> new StringReader(text));
    }

    private static Optional<JsonValue> value(Supplier<Reader> json) {
        return check(json.get()) ? read(json.get()) : Optional.empty();
    }

    private static Optional<JsonValue> read(Reader json) {
        try (JsonParser parser = PARSERS.createParser(json)) {
            parser.next();
            return Optional.of(parser.getValue());
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            return Optional.empty();
        }
    }

    private static Reader reader(byte[] body) {
        return new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8);
    }
}
