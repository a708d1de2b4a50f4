package se.samverkan.platform.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Whether a JSON value has the shape of the Java type it is to fill: the strict binding the
 * contract asks for, checked before JSON-B binds.
 *
 * <p>Why not JSON-B alone: Yasson (WildFly 39) is looser than the contract and has no switch to be
 * stricter. It unwraps a one-element array into an object ({@code [{"text":"x"}]} as {@code
 * {"text":"x"}}), coerces a number into a string field ({@code "subject": 12345}) and a string into
 * a number ({@code "year": "2026"}), and ignores properties it does not know. A client that sends
 * the wrong shape has a fault it should hear about, not a request that half-means something.
 *
 * <p>The rules: a string field takes a JSON string, a whole-number field a JSON number without a
 * fraction within the field's range, a boolean {@code true} or {@code false}, an enum one of its
 * names, a time a string in RFC 3339 (ISO-8601 with seconds and an offset, {@link OffsetDateTime})
 * or a date ({@link LocalDate}), a list a JSON array, a record a JSON object with no property the
 * record lacks. {@code null} is left to Bean Validation ({@code @NotNull}), except for a primitive
 * field, which has no null. Each fault names the field as the client sent it ({@code
 * measures[0].description}), as Bean Validation's faults do.
 */
public final class JsonShape {

    /**
     * A time as RFC 3339 writes it, which is what the description's {@code date-time} means: with
     * seconds and an offset. {@link OffsetDateTime#parse} alone would also take "21:30+01:00".
     */
    private static final java.util.regex.Pattern RFC_3339 =
            java.util.regex.Pattern.compile(
                    "\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?([Zz]|[+-]\\d{2}:\\d{2})");

    /** The record components of each type, by JSON name: reflection once per type. */
    private static final Map<Class<?>, Map<String, RecordComponent>> PROPERTIES =
            new ConcurrentHashMap<>();

    private JsonShape() {}

    /** Whether {@code type} is one this check understands as a whole body: a record or a list. */
    public static boolean checks(Type type) {
        return type instanceof Class<?> c && c.isRecord()
                || type instanceof ParameterizedType p
                        && p.getRawType() instanceof Class<?> raw
                        && Collection.class.isAssignableFrom(raw);
    }

    /** The faults of {@code value} against {@code type}, in document order; empty when it fits. */
    public static List<Problem.FieldError> faults(JsonValue value, Type type) {
        List<Problem.FieldError> faults = new ArrayList<>();
        check(value, type, "", faults);
        return faults;
    }

    private static void check(
            JsonValue value, Type type, String path, List<Problem.FieldError> out) {
        if (type instanceof WildcardType w) {
            check(value, w.getUpperBounds()[0], path, out);
            return;
        }
        if (type instanceof ParameterizedType p) {
            checkGeneric(value, p, path, out);
            return;
        }
        if (!(type instanceof Class<?> c)) {
            return; // a type variable: nothing to hold the value to
        }
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (c.isPrimitive()) {
                out.add(fault(path, "required"));
            }
            return;
        }
        if (c == String.class) {
            require(value instanceof JsonString, path, "string", out);
        } else if (c == int.class || c == Integer.class) {
            wholeNumber(value, Integer.MIN_VALUE, Integer.MAX_VALUE, path, out);
        } else if (c == long.class || c == Long.class) {
            wholeNumber(value, Long.MIN_VALUE, Long.MAX_VALUE, path, out);
        } else if (c == short.class || c == Short.class) {
            wholeNumber(value, Short.MIN_VALUE, Short.MAX_VALUE, path, out);
        } else if (c == boolean.class || c == Boolean.class) {
            require(
                    value.getValueType() == JsonValue.ValueType.TRUE
                            || value.getValueType() == JsonValue.ValueType.FALSE,
                    path,
                    "boolean",
                    out);
        } else if (c.isEnum()) {
            enumName(value, c, path, out);
        } else if (c == OffsetDateTime.class) {
            time(value, path, out);
        } else if (c == LocalDate.class) {
            date(value, path, out);
        } else if (c.isRecord()) {
            record(value, c, path, out);
        } else if (JsonValue.class.isAssignableFrom(c)) {
            return; // the resource reads the JSON itself
        } else if (c.isArray() || Collection.class.isAssignableFrom(c)) {
            require(value instanceof JsonArray, path, "array", out);
        }
    }

    private static void checkGeneric(
            JsonValue value, ParameterizedType p, String path, List<Problem.FieldError> out) {
        if (!(p.getRawType() instanceof Class<?> raw)) {
            return;
        }
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        Type[] arguments = p.getActualTypeArguments();
        if (Collection.class.isAssignableFrom(raw)) {
            if (!(value instanceof JsonArray array)) {
                out.add(fault(path, "array"));
                return;
            }
            for (int i = 0; i < array.size(); i++) {
                check(array.get(i), arguments[0], path + "[" + i + "]", out);
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (!(value instanceof JsonObject object)) {
                out.add(fault(path, "object"));
                return;
            }
            object.forEach((key, v) -> check(v, arguments[1], join(path, key), out));
        }
    }

    private static void record(
            JsonValue value, Class<?> type, String path, List<Problem.FieldError> out) {
        if (!(value instanceof JsonObject object)) {
            out.add(fault(path, "object"));
            return;
        }
        Map<String, RecordComponent> properties =
                PROPERTIES.computeIfAbsent(type, JsonShape::propertiesOf);
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            RecordComponent component = properties.get(member.getKey());
            String at = join(path, member.getKey());
            if (component == null) {
                out.add(fault(at, "unknown"));
            } else {
                check(member.getValue(), component.getGenericType(), at, out);
            }
        }
    }

    private static Map<String, RecordComponent> propertiesOf(Class<?> type) {
        Map<String, RecordComponent> properties = new LinkedHashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            JsonbProperty renamed = component.getAnnotation(JsonbProperty.class);
            if (renamed == null && component.getAccessor() != null) {
                renamed = component.getAccessor().getAnnotation(JsonbProperty.class);
            }
            String name =
                    renamed != null && !renamed.value().isEmpty()
                            ? renamed.value()
                            : component.getName();
            properties.put(name, component);
        }
        return Map.copyOf(properties);
    }

    private static void wholeNumber(
            JsonValue value, long min, long max, String path, List<Problem.FieldError> out) {
        if (!(value instanceof JsonNumber number)) {
            out.add(fault(path, "integer"));
            return;
        }
        BigDecimal decimal = number.bigDecimalValue();
        boolean whole = decimal.signum() == 0 || decimal.stripTrailingZeros().scale() <= 0;
        if (!whole
                || decimal.compareTo(BigDecimal.valueOf(min)) < 0
                || decimal.compareTo(BigDecimal.valueOf(max)) > 0) {
            out.add(fault(path, "integer"));
        }
    }

    private static void enumName(
            JsonValue value, Class<?> type, String path, List<Problem.FieldError> out) {
        String names =
                Arrays.stream(type.getEnumConstants())
                        .map(e -> ((Enum<?>) e).name())
                        .collect(Collectors.joining(", "));
        if (!(value instanceof JsonString text)
                || Arrays.stream(type.getEnumConstants())
                        .noneMatch(e -> ((Enum<?>) e).name().equals(text.getString()))) {
            out.add(new Problem.FieldError(path, Message.ONE_OF.text(names)));
        }
    }

    private static void time(JsonValue value, String path, List<Problem.FieldError> out) {
        if (value instanceof JsonString text && RFC_3339.matcher(text.getString()).matches()) {
            try {
                OffsetDateTime.parse(text.getString());
                return;
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        out.add(fault(path, "time"));
    }

    private static void date(JsonValue value, String path, List<Problem.FieldError> out) {
        if (value instanceof JsonString text) {
            try {
                LocalDate.parse(text.getString());
                return;
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        out.add(fault(path, "date"));
    }

    private static void require(
            boolean holds, String path, String expected, List<Problem.FieldError> out) {
        if (!holds) {
            out.add(fault(path, expected));
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Problem.FieldError fault(String path, String expected) {
        return new Problem.FieldError(
                path.isEmpty() ? "body" : path, Message.valueOf(expected.toUpperCase()).text());
    }

    /**
     * The faults in both languages in one text, as the Bean Validation messages of this API are
     * written ({@code ValidationMessages.properties}), so that a field's errors read alike.
     */
    private enum Message {
        REQUIRED("Uppgiften saknas / This is required"),
        STRING("Ska vara en text / Must be a string"),
        INTEGER("Ska vara ett heltal / Must be a whole number"),
        BOOLEAN("Ska vara true eller false / Must be true or false"),
        OBJECT("Ska vara ett objekt / Must be an object"),
        ARRAY("Ska vara en lista / Must be an array"),
        TIME(
                "Ska vara en tidpunkt med tidszon, som 2026-03-14T21:30:00+01:00 / Must be a time"
                        + " with offset, such as 2026-03-14T21:30:00+01:00"),
        DATE("Ska vara ett datum, som 2026-03-14 / Must be a date, such as 2026-03-14"),
        UNKNOWN("Okänt fält / Unknown field"),
        ONE_OF("Ska vara ett av {0} / Must be one of {0}");

        private final String text;

        Message(String text) {
            this.text = text;
        }

        String text(Object... arguments) {
            return java.text.MessageFormat.format(text, arguments);
        }
    }
}
