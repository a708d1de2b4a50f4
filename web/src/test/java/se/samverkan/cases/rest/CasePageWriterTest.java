package se.samverkan.cases.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.samverkan.cases.CaseAction;
import se.samverkan.platform.rest.SharedJsonb;

/**
 * The box's hand-written JSON equals JSON-B's for the same page. The views are built from the
 * record's own components, so a component the writer does not know makes this test fail.
 */
class CasePageWriterTest {

    private static final String[] TEXTS = {
        "",
        "Fel dos i dosett",
        "Åsa på Östersunds sjukhus – \"akut\" \\ <script>&</script>",
        "rad ett\nrad två\ttabb \u0001 \u001f \u007f",
        "emoji 😷 och \u2028 \u2029",
        "/",
    };

    private final Random random = new Random(20261123);

    @Test
    void everyComponentSetIsWrittenAsJsonbWritesIt() throws Exception {
        for (int i = 0; i < 50; i++) {
            assertSame(page(0.0, "bmV4dA"));
        }
    }

    @Test
    void absentComponentsAreNullOrLeftOutAsJsonbDoes() throws Exception {
        assertSame(page(1.0, null));
        assertSame(new CasesResource.CasePage(List.of(), null));
    }

    @Test
    void anyMixOfPresentAndAbsentComponentsIsWrittenAsJsonbWritesIt() throws Exception {
        for (int i = 0; i < 300; i++) {
            assertSame(page(0.4, random.nextBoolean() ? null : "MTc2.MA.NDI"));
        }
    }

    @Test
    void timesAreWrittenAsTheIsoFormatterWritesThem() {
        java.time.format.DateTimeFormatter iso =
                java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        List<OffsetDateTime> times = new ArrayList<>();
        times.add(OffsetDateTime.of(2026, 3, 14, 21, 30, 0, 0, ZoneOffset.ofHours(1)));
        times.add(OffsetDateTime.of(2026, 11, 26, 23, 59, 59, 0, ZoneOffset.ofHours(1)));
        times.add(OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 500_000_000, ZoneOffset.UTC));
        times.add(OffsetDateTime.of(2026, 11, 23, 4, 4, 18, 154_088_267, ZoneOffset.ofHours(2)));
        times.add(OffsetDateTime.of(2026, 6, 1, 12, 0, 0, 1, ZoneOffset.ofHoursMinutes(-9, -30)));
        times.add(OffsetDateTime.of(999, 6, 1, 12, 0, 0, 120, ZoneOffset.ofHours(14)));
        times.add(OffsetDateTime.of(12026, 6, 1, 12, 0, 0, 0, ZoneOffset.ofHours(1)));
        times.add(OffsetDateTime.of(-1, 6, 1, 12, 0, 0, 0, ZoneOffset.ofHours(1)));
        times.add(OffsetDateTime.of(2026, 6, 1, 12, 0, 0, 0, ZoneOffset.ofTotalSeconds(3723)));
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            times.add(
                    OffsetDateTime.of(
                            random.nextInt(10_000),
                            1 + random.nextInt(12),
                            1 + random.nextInt(28),
                            random.nextInt(24),
                            random.nextInt(60),
                            random.nextInt(60),
                            random.nextInt(4) == 0
                                    ? 0
                                    : random.nextInt(1_000_000_000)
                                            / (int) Math.pow(10, random.nextInt(9)),
                            ZoneOffset.ofTotalSeconds(
                                    60 * (random.nextInt(18 * 60 * 2) - 18 * 60))));
        }
        for (OffsetDateTime time : times) {
            assertEquals(iso.format(time), CasePageWriter.iso(time), time::toString);
        }
    }

    @Test
    void onlyThePageIsTakenOver() {
        CasePageWriter writer = new CasePageWriter();
        MediaType json = MediaType.APPLICATION_JSON_TYPE;
        assertTrue(
                writer.isWriteable(
                        CasesResource.CasePage.class,
                        CasesResource.CasePage.class,
                        new Annotation[0],
                        json));
        assertFalse(writer.isWriteable(CaseView.class, CaseView.class, new Annotation[0], json));
        assertFalse(writer.isWriteable(Object.class, Object.class, new Annotation[0], json));
    }

    private void assertSame(CasesResource.CasePage page) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CasePageWriter()
                .writeTo(
                        page,
                        CasesResource.CasePage.class,
                        CasesResource.CasePage.class,
                        new Annotation[0],
                        MediaType.APPLICATION_JSON_TYPE,
                        new MultivaluedHashMap<>(),
                        out);
        assertEquals(SharedJsonb.instance().toJson(page), out.toString(StandardCharsets.UTF_8));
    }

    private CasesResource.CasePage page(double absent, String next) throws Exception {
        List<CaseView> items = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(4); i++) {
            items.add(build(CaseView.class, absent));
        }
        return new CasesResource.CasePage(items, next);
    }

    /** A record with a value for every component, each reference left null with {@code absent}. */
    private <R extends Record> R build(Class<R> type, double absent) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            boolean leaveOut = !types[i].isPrimitive() && random.nextDouble() < absent;
            values[i] = leaveOut ? null : value(components[i].getGenericType(), absent);
        }
        return type.getDeclaredConstructor(types).newInstance(values);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object value(Type type, double absent) throws Exception {
        if (type == long.class || type == Long.class) {
            return random.nextLong(1, Long.MAX_VALUE);
        }
        if (type == int.class || type == Integer.class) {
            return random.nextInt(-5, 5);
        }
        if (type == boolean.class || type == Boolean.class) {
            return random.nextBoolean();
        }
        if (type == String.class) {
            return TEXTS[random.nextInt(TEXTS.length)];
        }
        if (type == OffsetDateTime.class) {
            return OffsetDateTime.of(
                    2026,
                    1 + random.nextInt(12),
                    1 + random.nextInt(28),
                    random.nextInt(24),
                    random.nextInt(60),
                    random.nextInt(60),
                    random.nextBoolean() ? 0 : random.nextInt(1_000_000_000),
                    ZoneOffset.ofHours(random.nextInt(3)));
        }
        if (type instanceof Class<?> c && c.isEnum()) {
            Object[] constants = c.getEnumConstants();
            return constants[random.nextInt(constants.length)];
        }
        if (type instanceof Class<?> c && c.isRecord()) {
            return build((Class<? extends Record>) c, absent);
        }
        if (type instanceof ParameterizedType p) {
            if (p.getRawType() == List.class) {
                // Strings (measures) or records (answers, and their measures).
                List<Object> list = new ArrayList<>();
                for (int i = 0; i < random.nextInt(4); i++) {
                    list.add(value(p.getActualTypeArguments()[0], absent));
                }
                return List.copyOf(list);
            }
            if (p.getRawType() == Set.class && p.getActualTypeArguments()[0] == CaseAction.class) {
                EnumSet<CaseAction> actions = EnumSet.noneOf(CaseAction.class);
                for (CaseAction action : CaseAction.values()) {
                    if (random.nextBoolean()) {
                        actions.add(action);
                    }
                }
                return actions;
            }
        }
        throw new AssertionError(
                "CaseView has a component of type "
                        + type
                        + ": teach CasePageWriter (and this test) to write it");
    }
}
