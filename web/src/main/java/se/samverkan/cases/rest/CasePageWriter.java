package se.samverkan.cases.rest;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Map;
import se.samverkan.platform.rest.SharedJsonb;

/**
 * Writes a page of a box ({@link CasesResource.CasePage}) straight to a JSON generator: the same
 * document JSON-B writes, field for field and in the same order, without JSON-B's per-object
 * reflection and recursion bookkeeping, which was the largest single cost of a page (measured: a
 * sixth of the server's CPU for 50 cases). {@code CasePageWriterTest} holds the two outputs equal
 * for every component of {@link CaseView}, so a component added to the record without being added
 * here fails the build.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class CasePageWriter implements MessageBodyWriter<CasesResource.CasePage> {

    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    /** JSON-B's own format for {@link OffsetDateTime}. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    @Override
    public boolean isWriteable(
            Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == CasesResource.CasePage.class;
    }

    @Override
    public void writeTo(
            CasesResource.CasePage page,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream entity)
            throws IOException {
        // The generator is closed to return its buffer to the pool; the entity stream is not ours.
        try (JsonGenerator json =
                GENERATORS.createGenerator(
                        new FilterOutputStream(entity) {
                            @Override
                            public void write(byte[] b, int off, int len) throws IOException {
                                out.write(b, off, len);
                            }

                            @Override
                            public void close() {
                                // the generator has written everything; the container closes
                            }
                        },
                        StandardCharsets.UTF_8)) {
            write(page, json);
        }
    }

    static void write(CasesResource.CasePage page, JsonGenerator json) {
        json.writeStartObject();
        json.writeStartArray("items");
        for (CaseView c : page.items()) {
            write(c, json);
        }
        json.writeEnd();
        string(json, "next", page.next());
        json.writeEnd();
    }

    private static void write(CaseView c, JsonGenerator json) {
        json.writeStartObject();
        json.write("id", c.id());
        string(json, "caseNumber", c.caseNumber());
        string(json, "type", c.type() == null ? null : c.type().name());
        string(json, "status", c.status() == null ? null : c.status().name());
        string(json, "reportingPrincipalId", c.reportingPrincipalId());
        string(json, "concernedPrincipalId", c.concernedPrincipalId());
        string(json, "routedToPrincipalId", c.routedToPrincipalId());
        strings(json, "informedPrincipalIds", c.informedPrincipalIds());
        string(json, "areaCode", c.areaCode());
        string(json, "summary", c.summary());
        string(json, "description", c.description());
        string(json, "immediateActions", c.immediateActions());
        json.write("consequence", c.consequence());
        json.write("likelihood", c.likelihood());
        number(json, "assessedConsequence", c.assessedConsequence());
        number(json, "assessedLikelihood", c.assessedLikelihood());
        json.write("serious", c.serious());
        json.write("purchasedService", c.purchasedService());
        time(json, "occurredAt", c.occurredAt());
        time(json, "submittedAt", c.submittedAt());
        time(json, "acknowledgeDue", c.acknowledgeDue());
        time(json, "answerDue", c.answerDue());
        time(json, "acknowledgedAt", c.acknowledgedAt());
        time(json, "answeredAt", c.answeredAt());
        time(json, "closedAt", c.closedAt());
        json.write("overdue", c.overdue());
        json.write("hasPatient", c.hasPatient());
        // The components below are absent, not null, when empty (@JsonbNillable(false)); a list
        // never carries them, but a view that does is still written in full.
        if (c.patient() != null) {
            json.write("patient", viaJsonb(c.patient()));
        }
        if (c.answerSummary() != null) {
            json.write("answerSummary", c.answerSummary());
        }
        if (c.measures() != null) {
            strings(json, "measures", c.measures());
        }
        if (c.answers() != null) {
            json.write("answers", viaJsonb(c.answers()));
        }
        if (c.actions() != null) {
            json.writeStartArray("actions");
            c.actions().forEach(a -> json.write(a.name()));
            json.writeEnd();
        }
        if (c.forumMatter() != null) {
            json.write("forumMatter", viaJsonb(c.forumMatter()));
        }
        json.writeEnd();
    }

    private static void string(JsonGenerator json, String name, String value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value);
        }
    }

    private static void number(JsonGenerator json, String name, Integer value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value.intValue());
        }
    }

    private static void time(JsonGenerator json, String name, OffsetDateTime value) {
        string(json, name, value == null ? null : iso(value));
    }

    /**
     * {@code value} as {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} writes it, without the
     * formatter's generic machinery, which was a tenth of a page's CPU (seven times on 50 cases).
     * Years outside 0000..9999 and offsets with seconds are left to the formatter.
     */
    static String iso(OffsetDateTime value) {
        int year = value.getYear();
        ZoneOffset offset = value.getOffset();
        if (year < 0 || year > 9999 || offset.getTotalSeconds() % 60 != 0) {
            return TIME.format(value);
        }
        StringBuilder text = new StringBuilder(35);
        digits(text, year, 4).append('-');
        digits(text, value.getMonthValue(), 2).append('-');
        digits(text, value.getDayOfMonth(), 2).append('T');
        digits(text, value.getHour(), 2).append(':');
        digits(text, value.getMinute(), 2).append(':');
        digits(text, value.getSecond(), 2);
        int nanos = value.getNano();
        if (nanos != 0) {
            int width = 9;
            while (nanos % 10 == 0) {
                nanos /= 10;
                width--;
            }
            digits(text.append('.'), nanos, width);
        }
        return text.append(offset.getId()).toString();
    }

    /** {@code value}, zero-padded to {@code width} digits. */
    private static StringBuilder digits(StringBuilder text, int value, int width) {
        String digits = Integer.toString(value);
        for (int pad = digits.length(); pad < width; pad++) {
            text.append('0');
        }
        return text.append(digits);
    }

    private static void strings(JsonGenerator json, String name, Collection<String> values) {
        if (values == null) {
            json.writeNull(name);
            return;
        }
        json.writeStartArray(name);
        for (String value : values) {
            if (value == null) {
                json.writeNull();
            } else {
                json.write(value);
            }
        }
        json.writeEnd();
    }

    /** A nested view JSON-B writes (never on a list's page, so its cost does not matter). */
    private static JsonValue viaJsonb(Object view) {
        return Json.createReader(new StringReader(SharedJsonb.instance().toJson(view))).readValue();
    }
}
