package se.samverkan.platform.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import se.samverkan.cases.CaseStatus;

/**
 * Completes the API description that the build generates from the resources (SmallRye's OpenAPI
 * generator, {@code web/pom.xml}), so that it describes every answer the API gives, as the contract
 * asks: the generator alone documents one {@code 200} per operation and knows neither the problem
 * documents nor the fields that may be null.
 *
 * <ul>
 *   <li>Every operation gets its problem answers, as {@code application/problem+json}: 400 (a
 *       header, parameter or body it cannot read), 401, 403, 406 and 500 everywhere; 404 where its
 *       path names something; 413 and 415 where it takes a body; and the 409 and 422 of the rules,
 *       where a rule can refuse it ({@link #ANSWERS}).
 *   <li>The success answers are those the operation gives ({@code 201} with {@code Location} on a
 *       create, {@code 202} for a job that runs), with their bodies where the method returns a
 *       {@code Response}.
 *   <li>Schemas are exact: a record's JSON has exactly its properties ({@code additionalProperties:
 *       false}, which also describes that unknown request properties are refused); a response's
 *       property that JSON-B writes as {@code null} is typed so ({@code ["string", "null"]}), and
 *       one it leaves out when empty is not required.
 *   <li>Query parameters that take one of a set of values say which.
 * </ul>
 *
 * The description is checked in the build ({@code ApiDescriptionTest}) and every response of the
 * container tests is validated against it.
 */
public class ContractDescription implements OASFilter {

    static final String PROBLEM_JSON = "application/problem+json";

    /**
     * The answers beyond the rules above, by operation: its success status(es) first. A body of
     * {@code null} means the generated one; any other names a component schema, {@code "[X]"} a
     * list of X, or a media type's free-form body ({@code "text/csv"}).
     */
    static final Map<String, List<Answer>> ANSWERS = new LinkedHashMap<>();

    /** One answer of an operation beyond the generated one. */
    record Answer(String status, String body, String mediaType) {}

    private static void answers(String operation, Answer... answers) {
        ANSWERS.put(operation, List.of(answers));
    }

    private static Answer ok(String body) {
        return new Answer("200", body, "application/json");
    }

    private static Answer created(String body) {
        return new Answer("201", body, "application/json");
    }

    private static Answer refusedBy(String status) {
        return new Answer(status, "Problem", PROBLEM_JSON);
    }

    static {
        Answer conflict = refusedBy("409");
        Answer rule = refusedBy("422");
        answers(
                "POST /api/cases",
                created("CaseView"),
                ok("CaseView"), // the same Idempotency-Key with the same body: the first case
                rule);
        for (String step :
                List.of(
                        "acknowledgement",
                        "forwarding",
                        "answer",
                        "deadline-extensions",
                        "assessment",
                        "return",
                        "closure")) {
            answers("POST /api/cases/{id}/" + step, ok(null), conflict, rule);
        }
        answers("POST /api/cases/{id}/comments", created("CommentView"), conflict, rule);
        answers("POST /api/cases/{id}/forum-matters", created("ForumMatterView"), conflict, rule);
        answers("POST /api/imports", ok(null));
        answers("POST /api/escalations/{id}/acknowledgement", ok(null), conflict, rule);
        answers(
                "POST /api/follow-ups",
                new Answer("202", "Running", "application/json"),
                conflict,
                rule); // a year that has not ended
        answers(
                "GET /api/follow-ups/{year}",
                new Answer("200", "object", "application/json"),
                new Answer("202", "Running", "application/json"));
        answers("GET /api/follow-ups/{year}/report.csv", new Answer("200", "text/csv", "text/csv"));
        answers(
                "GET /api/follow-ups/{year}/report.pdf",
                new Answer("200", "application/pdf", "application/pdf"));
        answers(
                "GET /api/follow-ups/{year}/report.xlsx",
                new Answer(
                        "200",
                        "xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        answers(
                "GET /api/access-log",
                ok("[EntryView]"),
                new Answer("200", "text/csv", "text/csv"));
        answers("POST /api/registry/principals", created("PrincipalDetail"), conflict, rule);
        answers("PATCH /api/registry/principals/{id}", ok(null), conflict, rule);
        answers("POST /api/registry/principals/{id}/units", created("UnitView"), conflict, rule);
        answers("PATCH /api/registry/units/{id}", ok(null), conflict, rule);
        answers("POST /api/registry/areas", created("AreaDetail"), conflict, rule);
        answers("PATCH /api/registry/areas/{code}", ok(null), conflict, rule);
        answers("PATCH /api/forum-matters/{id}", ok(null), rule);
    }

    /** Query parameters whose values are one of a set, by name. */
    static final Map<String, List<String>> CHOICES =
            Map.of(
                    "box", List.of("incoming", "outgoing"),
                    "status", Arrays.stream(CaseStatus.values()).map(Enum::name).toList(),
                    "overdue", List.of("true", "false"),
                    "scope", List.of("received", "informed"));

    /** Query parameters that are times, by name. */
    static final Set<String> TIMES = Set.of("from", "to");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        api.getComponents().addSchema("Problem", problemSchema());
        api.getComponents()
                .addSchema(
                        "Running",
                        OASFactory.createSchema()
                                .addType(SchemaType.OBJECT)
                                .description(
                                        "Ett jobb som körs / A job that runs: its year, execution,"
                                                + " status, step and share done (0–1)")
                                .addProperty("year", integer())
                                .addProperty("executionId", integer())
                                .addProperty("status", string())
                                .addProperty("step", nullable(string()))
                                .addProperty(
                                        "progress",
                                        OASFactory.createSchema().addType(SchemaType.NUMBER))
                                .required(List.of("year", "executionId", "status", "progress"))
                                .additionalPropertiesBoolean(false));
        // Written by resources that return a Response, so the generator never saw it.
        api.getComponents()
                .addSchema(
                        "EntryView",
                        OASFactory.createSchema()
                                .addType(SchemaType.OBJECT)
                                .description("En post i åtkomstloggen / An entry of the access log")
                                .addProperty("at", string().format("date-time"))
                                .addProperty("user", string())
                                .addProperty("principalId", string())
                                .addProperty("caseId", integer())
                                .addProperty("action", string())
                                .required(List.of("at", "user", "principalId", "caseId", "action"))
                                .additionalPropertiesBoolean(false));
        exactRecords(api);
        api.getPaths()
                .getPathItems()
                .forEach(
                        (path, item) ->
                                item.getOperations()
                                        .forEach(
                                                (method, op) -> complete(method + " " + path, op)));
        if (api.getInfo().getLicense() != null && api.getInfo().getLicense().getName() == null) {
            api.getInfo().setLicense(null);
        }
        if (api.getExternalDocs() != null && api.getExternalDocs().getUrl() == null) {
            api.setExternalDocs(null);
        }
        api.getInfo().setSummary("Samverkan: avvikelser och klagomål mellan region och kommun");
    }

    private void complete(String key, Operation op) {
        String method = key.substring(0, key.indexOf(' '));
        String path = key.substring(key.indexOf(' ') + 1);
        APIResponses responses = op.getResponses();
        APIResponse generated = responses.getAPIResponse("200");
        List<Answer> own = ANSWERS.getOrDefault(key, List.of());
        if (!own.isEmpty()) {
            responses.removeAPIResponse("200");
            for (Answer answer : own) {
                APIResponse response = responses.getAPIResponse(answer.status());
                if (response == null) {
                    response =
                            OASFactory.createAPIResponse().description(describe(answer.status()));
                    responses.addAPIResponse(answer.status(), response);
                }
                if (answer.body() == null && generated != null) {
                    response.setContent(generated.getContent());
                } else if (answer.body() != null) {
                    Content content =
                            response.getContent() == null
                                    ? OASFactory.createContent()
                                    : response.getContent();
                    content.addMediaType(
                            answer.mediaType(),
                            OASFactory.createMediaType().schema(body(answer.body())));
                    response.setContent(content);
                }
                if (answer.status().equals("201")) {
                    response.addHeader(
                            "Location",
                            OASFactory.createHeader()
                                    .description(
                                            "Adressen till det skapade / The address of what was made")
                                    .schema(string().format("uri-reference")));
                }
            }
        } else if (generated != null) {
            generated.setDescription(describe("200"));
        }
        boolean hasBody = op.getRequestBody() != null;
        boolean namesSomething = path.contains("{");
        // 400 everywhere: besides parameters and bodies, a header the server cannot read (an
        // Accept-Language with a q-value of 2) is refused on any operation.
        List<String> problems = new ArrayList<>(List.of("400", "401", "403", "406", "500"));
        if (namesSomething) {
            problems.add("404");
        }
        if (hasBody) {
            problems.add("413");
            problems.add("415");
        }
        if (method.equals("GET") && path.startsWith("/api/follow-ups/{year}")) {
            problems.add("404");
        }
        for (String status : problems) {
            if (responses.getAPIResponse(status) == null) {
                responses.addAPIResponse(
                        status,
                        OASFactory.createAPIResponse()
                                .description(describe(status))
                                .content(problemContent()));
            }
        }
        // The generator leaves the responses unordered: in order of status, as people read them.
        Map<String, APIResponse> sorted = new TreeMap<>(responses.getAPIResponses());
        responses.setAPIResponses(new LinkedHashMap<>(sorted));
        if (op.getParameters() != null) {
            for (Parameter parameter : op.getParameters()) {
                constrain(parameter);
            }
        }
    }

    private static void constrain(Parameter parameter) {
        if (parameter.getIn() != Parameter.In.QUERY || parameter.getSchema() == null) {
            return;
        }
        List<String> choices = CHOICES.get(parameter.getName());
        if (choices != null) {
            parameter.getSchema().setEnumeration(new ArrayList<>(choices));
        }
        if (TIMES.contains(parameter.getName())) {
            parameter.getSchema().setFormat("date-time");
        }
    }

    private static Schema body(String name) {
        return switch (name) {
            case "object" ->
                    OASFactory.createSchema()
                            .addType(SchemaType.OBJECT)
                            .description("Årets uppföljning / The year's follow-up document");
            case "text/csv" -> string();
            case "application/pdf", "xlsx" ->
                    OASFactory.createSchema().addType(SchemaType.STRING).contentMediaType(name);
            default ->
                    name.startsWith("[")
                            ? OASFactory.createSchema()
                                    .addType(SchemaType.ARRAY)
                                    .items(ref(name.substring(1, name.length() - 1)))
                            : ref(name);
        };
    }

    private static Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(PROBLEM_JSON, OASFactory.createMediaType().schema(ref("Problem")));
    }

    private static Schema problemSchema() {
        Schema fieldError =
                OASFactory.createSchema()
                        .addType(SchemaType.OBJECT)
                        .addProperty("field", string())
                        .addProperty("message", string())
                        .required(List.of("field", "message"))
                        .additionalPropertiesBoolean(false);
        return OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .description("RFC 9457 problem details; errors only when fields are at fault")
                .addProperty("type", string().format("uri-reference"))
                .addProperty("title", string())
                .addProperty("status", integer())
                .addProperty("detail", string())
                .addProperty("instance", string().format("uri-reference"))
                .addProperty(
                        "errors",
                        OASFactory.createSchema().addType(SchemaType.ARRAY).items(fieldError))
                .required(List.of("type", "title", "status", "detail"))
                .additionalPropertiesBoolean(false);
    }

    /**
     * Every component schema of a record made exact: no other properties; what JSON-B writes as
     * null typed so; what it always writes required. Records are found from the API's resources,
     * through what their methods take and return.
     */
    private static void exactRecords(OpenAPI api) {
        Map<String, Class<?>> records = recordsOfTheApi();
        api.getComponents()
                .getSchemas()
                .forEach(
                        (name, schema) -> {
                            Class<?> type = records.get(name);
                            if (type == null || schema.getProperties() == null) {
                                return;
                            }
                            schema.setAdditionalPropertiesBoolean(false);
                            boolean nillable =
                                    type.isAnnotationPresent(JsonbNillable.class)
                                            && type.getAnnotation(JsonbNillable.class).value();
                            List<String> required = new ArrayList<>();
                            for (RecordComponent component : type.getRecordComponents()) {
                                String property = propertyName(component);
                                Schema property1 = schema.getProperties().get(property);
                                if (property1 == null) {
                                    continue;
                                }
                                boolean primitive = component.getType().isPrimitive();
                                JsonbNillable own = component.getAnnotation(JsonbNillable.class);
                                if (own == null && component.getAccessor() != null) {
                                    own =
                                            component
                                                    .getAccessor()
                                                    .getAnnotation(JsonbNillable.class);
                                }
                                boolean writtenAsNull =
                                        !primitive && (own != null ? own.value() : nillable);
                                if (primitive || writtenAsNull) {
                                    required.add(property);
                                }
                                if (writtenAsNull) {
                                    schema.addProperty(property, nullable(property1));
                                }
                            }
                            if (!required.isEmpty()) {
                                schema.setRequired(required);
                            }
                        });
    }

    private static String propertyName(RecordComponent component) {
        JsonbProperty renamed = component.getAnnotation(JsonbProperty.class);
        return renamed != null && !renamed.value().isEmpty()
                ? renamed.value()
                : component.getName();
    }

    /** The records the API's resources take and return, by their simple names. */
    static Map<String, Class<?>> recordsOfTheApi() {
        Map<String, Class<?>> found = new HashMap<>();
        Deque<Type> todo = new ArrayDeque<>();
        for (Class<?> resource : new SamverkanApi().getClasses()) {
            for (Method m : resource.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers())) {
                    todo.add(m.getGenericReturnType());
                    todo.addAll(Arrays.asList(m.getGenericParameterTypes()));
                }
            }
        }
        while (!todo.isEmpty()) {
            Type next = todo.pop();
            if (next instanceof ParameterizedType p) {
                todo.addAll(Arrays.asList(p.getActualTypeArguments()));
            } else if (next instanceof Class<?> c
                    && c.isRecord()
                    && found.putIfAbsent(c.getSimpleName(), c) == null) {
                for (RecordComponent component : c.getRecordComponents()) {
                    todo.add(component.getGenericType());
                }
            }
        }
        return found;
    }

    /** {@code schema}, or null: a type list for a typed schema, {@code anyOf} for a reference. */
    static Schema nullable(Schema schema) {
        if (schema.getRef() != null) {
            return OASFactory.createSchema()
                    .anyOf(List.of(schema, OASFactory.createSchema().addType(SchemaType.NULL)));
        }
        if (schema.getType() != null && !schema.getType().contains(SchemaType.NULL)) {
            schema.addType(SchemaType.NULL);
        }
        return schema;
    }

    private static Schema ref(String name) {
        return OASFactory.createSchema().ref("#/components/schemas/" + name);
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(SchemaType.STRING);
    }

    private static Schema integer() {
        return OASFactory.createSchema().addType(SchemaType.INTEGER);
    }

    private static final Pattern SUCCESS = Pattern.compile("2\\d\\d");

    static String describe(String status) {
        return switch (status) {
            case "200" -> "OK";
            case "201" -> "Skapad / Created";
            case "202" -> "Pågår / Accepted, running";
            case "400" ->
                    "Felaktig begäran eller felaktiga uppgifter / Bad request or invalid details";
            case "401" -> "Ingen giltig token / No valid token";
            case "403" -> "Saknar behörighet / Not permitted";
            case "404" -> "Finns inte, eller inte för dig / Not found, or not for you";
            case "406" -> "Kan inte svara i det formatet / Cannot answer in that format";
            case "409" -> "Inte tillåtet i nuvarande läge / Not allowed in the current state";
            case "413" -> "För stort / Too large";
            case "415" -> "Fel innehållstyp / Unsupported media type";
            case "422" -> "Mot en regel / Against a rule";
            case "500" -> "Oväntat fel, med incident-id / Unexpected error, with an incident id";
            default -> SUCCESS.matcher(status).matches() ? "OK" : "Problem";
        };
    }
}
