package se.samverkan.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.testing.Api;
import se.samverkan.testing.Contract;
import se.samverkan.testing.Deployments;
import se.samverkan.testing.Realm;

/**
 * Requests generated from the published API description itself: for every documented operation,
 * every demo user and a bounded number of tries, path and query parameters and a body drawn from
 * the operation's own schemas, some left valid and some broken on purpose (a wrong type, an unknown
 * property, a value out of range). Whatever comes back: never a 5xx, and every answer is one the
 * description describes ({@link Contract} checks each call, problem documents included).
 *
 * <p>Seeded and printed like {@code CaseWalkIT} ({@code -Dsamverkan.generated.seed=N}, {@code
 * -Dsamverkan.generated.tries=N}). Writes that would change what other test classes rely on (the
 * registry, imports, starting a year's follow-up, the forum's register) are sent only with a broken
 * body when the user is the administrator or the forum, so they are refused, and so is every
 * acknowledgement of an escalation; every other user gets them valid. Paths name the case this test
 * files, or none.
 */
@ExtendWith(ArquillianExtension.class)
class GeneratedRequestsIT {

    static final long SEED = Long.getLong("samverkan.generated.seed", System.nanoTime());
    static final int TRIES = Integer.getInteger("samverkan.generated.tries", 3);
    static final List<String> USERS = Realm.DEMO_USERS;
    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final List<String> TEXTS =
            List.of(
                    "Fel dos",
                    "Läkemedelslista saknades vid utskrivning",
                    "",
                    " ",
                    "Åäö ÅÄÖ é ü",
                    "=SUM(1+1)",
                    "<script>alert(1)</script>",
                    "a".repeat(250),
                    "19121212-1212",
                    "null",
                    "region-jamtland-harjedalen",
                    "MEDICATION");

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.realEar();
    }

    @Test
    void everyOperationAnswersEveryGeneratedRequestAsTheDescriptionSays() throws Exception {
        System.out.println(
                "GeneratedRequestsIT seed "
                        + SEED
                        + " (replay: -Dsamverkan.generated.seed="
                        + SEED
                        + ")");
        Random random = new Random(SEED);
        Contract contract = Contract.served();
        Map<String, String> tokens = new TreeMap<>();
        for (String user : USERS) {
            tokens.put(user, Realm.token("samverkan-cli", user));
        }
        long caseId = aCaseOfOurOwn(tokens.get("reporter.ostersund"));
        Map<Integer, Integer> byStatus = new TreeMap<>();
        int requests = 0;
        JsonNode paths = contract.description().get("paths");
        for (Iterator<String> names = paths.fieldNames(); names.hasNext(); ) {
            String template = names.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = paths.get(template).fields();
                    ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
                JsonNode operation = op.getValue();
                for (String user : USERS) {
                    for (int attempt = 0; attempt < TRIES; attempt++) {
                        boolean broken =
                                random.nextInt(3) == 0 || sandboxed(template, method, user);
                        String path = path(template, operation, caseId, random, contract);
                        String body = body(operation, random, contract, broken);
                        HttpRequest.Builder request = Api.request(path, tokens.get(user));
                        if (body != null) {
                            request.header("Content-Type", "application/json")
                                    .method(method, HttpRequest.BodyPublishers.ofString(body));
                        } else {
                            request.method(method, HttpRequest.BodyPublishers.noBody());
                        }
                        String call =
                                "seed " + SEED + ": " + user + " " + method + " " + path + " "
                                        + body;
                        Api.Reply reply;
                        try {
                            reply = Api.send(request, body);
                        } catch (AssertionError contractBroken) {
                            throw new AssertionError(
                                    call + ": " + contractBroken.getMessage(), contractBroken);
                        }
                        requests++;
                        byStatus.merge(reply.status(), 1, Integer::sum);
                        Api.Reply answered = reply;
                        assertTrue(reply.status() < 500, () -> call + " → " + answered);
                    }
                }
            }
        }
        System.out.println("GeneratedRequestsIT: " + requests + " requests, by status " + byStatus);
        assertTrue(requests > 0);
    }

    /** Writes whose success would change the registry, the cases of imports or a year's job. */
    static boolean sandboxed(String template, String method, String user) {
        boolean writes = !method.equals("GET");
        boolean shared =
                template.startsWith("/api/registry")
                        || template.startsWith("/api/imports")
                        || template.equals("/api/follow-ups")
                        || template.startsWith("/api/forum-matters");
        return writes
                && (shared && (user.equals("admin") || user.equals("forum"))
                        || template.startsWith("/api/escalations"));
    }

    private static long aCaseOfOurOwn(String token) {
        Api.Reply filed =
                Api.post(
                        "/api/cases",
                        token,
                        """
                        {"type":"DEVIATION","occurredAt":"2026-03-14T21:30:00+01:00",
                         "concernedPrincipalId":"region-jamtland-harjedalen","areaCode":"MEDICATION",
                         "summary":"Genererade anrop","description":"Ärendet som anropen prövar.",
                         "consequence":2,"likelihood":2}
                        """);
        assertEquals(201, filed.status(), filed::toString);
        return filed.object().getJsonNumber("id").longValue();
    }

    private static String path(
            String template, JsonNode operation, long caseId, Random random, Contract contract) {
        String path = template;
        path =
                path.replace(
                        "{id}",
                        // Our own case, or none: never another test class's case or escalation.
                        List.of(
                                        Long.toString(caseId),
                                        Long.toString(caseId),
                                        "999999999",
                                        "0",
                                        "-3")
                                .get(random.nextInt(5)));
        path =
                path.replace(
                        "{year}", List.of("2025", "2026", "1999", "2101").get(random.nextInt(4)));
        path = path.replace("{code}", List.of("MEDICATION", "NOPE", "Å").get(random.nextInt(3)));
        path = path.replaceAll("\\{[^}]+}", "x");
        List<String> query = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if (!parameter.path("in").asText().equals("query") || random.nextBoolean()) {
                continue;
            }
            JsonNode value =
                    generate(contract.resolve(parameter.get("schema")), random, contract, 0);
            String text = value.isTextual() ? value.asText() : value.toString();
            query.add(
                    parameter.get("name").asText()
                            + "="
                            + URLEncoder.encode(text, StandardCharsets.UTF_8));
        }
        return query.isEmpty() ? path : path + "?" + String.join("&", query);
    }

    private static String body(JsonNode operation, Random random, Contract contract, boolean broken)
            throws Exception {
        JsonNode content = operation.path("requestBody").path("content");
        if (!content.has("application/json")) {
            return null;
        }
        JsonNode schema = contract.resolve(content.get("application/json").get("schema"));
        JsonNode value = generate(schema, random, contract, 0);
        if (broken) {
            value = breakOne(value, random);
        }
        return JSON.writeValueAsString(value);
    }

    /** A value the schema allows, drawn at random. */
    static JsonNode generate(JsonNode schema, Random random, Contract contract, int depth) {
        schema = contract.resolve(schema);
        if (schema == null || depth > 6) {
            return NODES.nullNode();
        }
        if (schema.has("anyOf")) {
            JsonNode options = schema.get("anyOf");
            return generate(
                    options.get(random.nextInt(options.size())), random, contract, depth + 1);
        }
        if (schema.has("enum")) {
            JsonNode options = schema.get("enum");
            return options.get(random.nextInt(options.size()));
        }
        List<String> types = new ArrayList<>();
        JsonNode type = schema.get("type");
        if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type != null) {
            types.add(type.asText());
        } else if (schema.has("properties")) {
            types.add("object");
        }
        if (types.isEmpty()) {
            return NODES.textNode("x");
        }
        String chosen = types.get(random.nextInt(types.size()));
        switch (chosen) {
            case "null":
                return NODES.nullNode();
            case "boolean":
                return NODES.booleanNode(random.nextBoolean());
            case "integer":
                {
                    long min = schema.has("minimum") ? schema.get("minimum").asLong() : -5;
                    long max = schema.has("maximum") ? schema.get("maximum").asLong() : 5000;
                    return NODES.numberNode(min + (long) (random.nextDouble() * (max - min + 1)));
                }
            case "number":
                return NODES.numberNode(random.nextDouble());
            case "array":
                {
                    ArrayNode array = NODES.arrayNode();
                    int size = random.nextInt(4);
                    for (int i = 0; i < size; i++) {
                        array.add(generate(schema.get("items"), random, contract, depth + 1));
                    }
                    return array;
                }
            case "object":
                {
                    ObjectNode object = NODES.objectNode();
                    List<String> required = new ArrayList<>();
                    schema.path("required").forEach(r -> required.add(r.asText()));
                    for (Iterator<Map.Entry<String, JsonNode>> p =
                                    schema.path("properties").fields();
                            p.hasNext(); ) {
                        Map.Entry<String, JsonNode> property = p.next();
                        if (required.contains(property.getKey()) || random.nextInt(4) != 0) {
                            object.set(
                                    property.getKey(),
                                    generate(property.getValue(), random, contract, depth + 1));
                        }
                    }
                    return object;
                }
            default:
                {
                    if ("date-time".equals(schema.path("format").asText())) {
                        return NODES.textNode(
                                Api.time(
                                        OffsetDateTime.now(ZoneId.of("Europe/Stockholm"))
                                                .minusHours(random.nextInt(24 * 400) - 24)));
                    }
                    String text = TEXTS.get(random.nextInt(TEXTS.size()));
                    int max =
                            schema.has("maxLength")
                                    ? schema.get("maxLength").asInt()
                                    : Integer.MAX_VALUE;
                    return NODES.textNode(text.length() > max ? text.substring(0, max) : text);
                }
        }
    }

    /** The value with one part of it wrong: a type, an unknown property, or the whole body. */
    static JsonNode breakOne(JsonNode value, Random random) {
        if (value instanceof ObjectNode object && object.size() > 0 && random.nextBoolean()) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            JsonNode was = object.get(name);
            object.set(
                    name,
                    was.isTextual()
                            ? NODES.numberNode(12345)
                            : was.isNumber() ? NODES.textNode("12") : NODES.arrayNode().add(was));
            return object;
        }
        if (value instanceof ObjectNode object && random.nextBoolean()) {
            object.put("unknownProperty", "x");
            return object;
        }
        return random.nextBoolean()
                ? NODES.arrayNode().add(value)
                : NODES.textNode("not an object");
    }
}
