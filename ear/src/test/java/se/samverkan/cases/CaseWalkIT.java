package se.samverkan.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.testing.Api;
import se.samverkan.testing.Deployments;
import se.samverkan.testing.Realm;

/**
 * A seeded random walk over the real API, in the container, on H2 and on PostgreSQL: lives of cases
 * made of every action by every demo user, each request's status predicted by a model of the
 * contract's rules, and the case read back after each step and compared with the model. Never a
 * 5xx; every response is also held to the published description ({@code Contract}).
 *
 * <p>The seed is printed first ({@code target/failsafe-reports/…-output.txt}); {@code
 * -Dsamverkan.walk.seed=N} replays a walk, {@code -Dsamverkan.walk.lives} and {@code
 * -Dsamverkan.walk.steps} make it longer.
 */
@ExtendWith(ArquillianExtension.class)
class CaseWalkIT {

    static final String REGION = "region-jamtland-harjedalen";
    static final long SEED = Long.getLong("samverkan.walk.seed", System.nanoTime());
    static final int LIVES = Integer.getInteger("samverkan.walk.lives", 25);
    static final int STEPS = Integer.getInteger("samverkan.walk.steps", 20);

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.realEar();
    }

    /** The demo users of the contract, with their principals and roles. */
    enum User {
        REPORTER_OSTERSUND("reporter.ostersund", "ostersund", "reporter"),
        HANDLER_OSTERSUND("handler.ostersund", "ostersund", "reporter", "handler"),
        MAS_OSTERSUND("mas.ostersund", "ostersund", "reporter", "mas"),
        REPORTER_KROKOM("reporter.krokom", "krokom", "reporter"),
        HANDLER_KROKOM("handler.krokom", "krokom", "reporter", "handler"),
        MAS_KROKOM("mas.krokom", "krokom", "reporter", "mas"),
        REPORTER_REGION("reporter.region", REGION, "reporter"),
        HANDLER_REGION("handler.region", REGION, "reporter", "handler"),
        CHEFSLAKARE_REGION("chefslakare.region", REGION, "reporter", "chief-medical-officer"),
        FORUM("forum", REGION, "forum"),
        ADMIN("admin", REGION, "admin");

        final String username;
        final String principal;
        final Set<String> roles;

        User(String username, String principal, String... roles) {
            this.username = username;
            this.principal = principal;
            this.roles = Set.of(roles);
        }

        boolean handles() {
            return roles.contains("handler");
        }

        boolean handlesOrOversees() {
            return handles() || roles.contains("mas") || roles.contains("chief-medical-officer");
        }

        boolean worksWithCases() {
            return roles.contains("reporter") || handlesOrOversees();
        }

        boolean region() {
            return principal.equals(REGION);
        }
    }

    enum Act {
        ACKNOWLEDGE,
        FORWARD,
        ANSWER,
        RETURN,
        CLOSE,
        COMMENT,
        ASSESS,
        EXTEND,
        RAISE_TO_FORUM,
        READ
    }

    static final Map<User, String> TOKENS = new HashMap<>();

    @BeforeAll
    static void signIn() {
        System.out.println(
                "CaseWalkIT seed " + SEED + " (replay: -Dsamverkan.walk.seed=" + SEED + ")");
        for (User user : User.values()) {
            TOKENS.put(user, Realm.token("samverkan-cli", user.username));
        }
    }

    /** The rules of the contract, about one case. */
    static final class Model {
        final String reporting;
        final String reporter;
        final boolean purchased;
        String routedTo;
        String concerned;
        final String informed;
        String status = "SUBMITTED";
        boolean serious;
        boolean escalated;
        boolean raised;
        Integer assessed;
        final List<String> answers = new ArrayList<>();
        final List<String> history = new ArrayList<>(List.of("SUBMITTED"));

        Model(User reporter, String concerned, boolean purchased, int consequence) {
            this.reporting = reporter.principal;
            this.reporter = reporter.username;
            this.purchased = purchased;
            this.concerned = concerned;
            this.routedTo = purchased ? REGION : concerned;
            this.informed = purchased && !concerned.equals(REGION) ? concerned : null;
            this.serious = consequence >= 3;
            if (serious) {
                escalated = true;
                history.add("ESCALATED");
            }
        }

        boolean sees(User u) {
            return u.worksWithCases()
                    && (u.principal.equals(reporting)
                            || u.principal.equals(routedTo)
                            || u.principal.equals(informed));
        }

        boolean awaits() {
            return List.of("SUBMITTED", "RECEIVED", "UNDER_INVESTIGATION").contains(status);
        }

        /** The status the API answers a step with, by the contract's rules. */
        int predict(User u, Act act, String to, String clock, int days) {
            if (act == Act.READ) {
                return sees(u) ? 200 : 404;
            }
            if (!sees(u)) {
                return 404;
            }
            boolean receivingHandler = u.handles() && u.principal.equals(routedTo);
            boolean reportingSide =
                    (u.roles.contains("reporter") || u.handles()) && u.principal.equals(reporting);
            boolean party = u.principal.equals(reporting) || u.principal.equals(routedTo);
            return switch (act) {
                case ACKNOWLEDGE ->
                        !receivingHandler ? 403 : status.equals("SUBMITTED") ? 200 : 409;
                case FORWARD ->
                        !receivingHandler
                                ? 403
                                : to.equals(routedTo)
                                                || to.equals(REGION) == reporting.equals(REGION)
                                        ? 422
                                        : awaits() ? 200 : 409;
                case ANSWER ->
                        !receivingHandler
                                ? 403
                                : status.equals("RECEIVED") || status.equals("UNDER_INVESTIGATION")
                                        ? 200
                                        : 409;
                case RETURN, CLOSE -> !reportingSide ? 403 : status.equals("ANSWERED") ? 200 : 409;
                case COMMENT -> !party ? 403 : status.equals("CLOSED") ? 409 : 201;
                case ASSESS ->
                        !(u.handlesOrOversees() && u.principal.equals(routedTo))
                                ? 403
                                : status.equals("CLOSED") ? 409 : 200;
                case EXTEND -> {
                    if (!receivingHandler) {
                        yield 403;
                    }
                    boolean runs =
                            clock.equals("ACKNOWLEDGEMENT") ? status.equals("SUBMITTED") : awaits();
                    yield !runs ? 409 : days <= 0 ? 422 : 200;
                }
                case RAISE_TO_FORUM -> !(u.handlesOrOversees() && party) ? 403 : raised ? 409 : 201;
                case READ -> throw new AssertionError();
            };
        }

        void apply(User u, Act act, String to, int consequence, String summary) {
            switch (act) {
                case ACKNOWLEDGE -> {
                    status = "RECEIVED";
                    history.add("ACKNOWLEDGED");
                }
                case FORWARD -> {
                    routedTo = to;
                    if (!purchased) {
                        concerned = to;
                    }
                    status = "SUBMITTED";
                    history.add("FORWARDED");
                }
                case ANSWER -> {
                    status = "ANSWERED";
                    answers.add(summary);
                    history.add("ANSWERED");
                }
                case RETURN -> {
                    status = "UNDER_INVESTIGATION";
                    history.add("RETURNED");
                }
                case CLOSE -> {
                    status = "CLOSED";
                    history.add("CLOSED");
                }
                case COMMENT -> history.add("COMMENTED");
                case ASSESS -> {
                    assessed = consequence;
                    history.add("ASSESSED");
                    if (consequence >= 3) {
                        serious = true;
                    }
                    if (serious && !escalated) {
                        escalated = true;
                        history.add("ESCALATED");
                    }
                }
                case EXTEND -> history.add("DEADLINE_EXTENDED");
                case RAISE_TO_FORUM -> {
                    raised = true;
                    history.add("RAISED_TO_FORUM");
                }
                case READ -> {}
            }
        }
    }

    @Test
    void livesOfRandomStepsByRandomUsersGetTheStatusTheModelPredicts() {
        Random random = new Random(SEED);
        int requests = 0;
        Map<Integer, Integer> byStatus = new HashMap<>();
        List<String> principals = List.of(REGION, "ostersund", "krokom");
        List<User> filers =
                List.of(
                        User.REPORTER_OSTERSUND,
                        User.HANDLER_OSTERSUND,
                        User.REPORTER_KROKOM,
                        User.REPORTER_REGION,
                        User.CHEFSLAKARE_REGION);
        for (int life = 0; life < LIVES; life++) {
            User filer = filers.get(random.nextInt(filers.size()));
            String concerned = filer.region() ? principals.get(1 + random.nextInt(2)) : REGION;
            boolean purchased = random.nextInt(4) == 0;
            int consequence = 1 + random.nextInt(4);
            String type = random.nextBoolean() ? "DEVIATION" : "COMPLAINT";
            Api.Reply filed =
                    Api.post(
                            "/api/cases",
                            TOKENS.get(filer),
                            """
                            {"type":"%s","occurredAt":"2026-03-14T21:30:00+01:00",
                             "concernedPrincipalId":"%s","areaCode":"MEDICATION",
                             "summary":"Slumpvandring %d","description":"Genererat ärende.",
                             "consequence":%d,"likelihood":2,"seriousEvent":false,
                             "purchasedService":%b}
                            """
                                    .formatted(type, concerned, life, consequence, purchased));
            requests++;
            String where = "seed " + SEED + ", life " + life;
            assertEquals(201, filed.status(), () -> where + ": filing " + filed);
            long id = filed.object().getJsonNumber("id").longValue();
            Model model = new Model(filer, concerned, purchased, consequence);
            List<String> trail = new ArrayList<>();
            for (int step = 0; step < STEPS; step++) {
                User user = User.values()[random.nextInt(User.values().length)];
                Act act = Act.values()[random.nextInt(Act.values().length)];
                String to = principals.get(random.nextInt(principals.size()));
                String clock = random.nextBoolean() ? "ACKNOWLEDGEMENT" : "ANSWER";
                int days = random.nextInt(10) - 2;
                int assessed = 1 + random.nextInt(4);
                String summary = "Svar " + step;
                int predicted = model.predict(user, act, to, clock, days);
                trail.add(user + " " + act + (act == Act.FORWARD ? " to " + to : ""));
                Api.Reply reply =
                        send(id, user, act, to, clock, days, assessed, summary, model, filer);
                requests++;
                byStatus.merge(reply.status(), 1, Integer::sum);
                String context = where + ", steps " + trail;
                assertTrue(reply.status() < 500, () -> context + ": " + reply);
                assertEquals(predicted, reply.status(), () -> context + ": " + reply);
                if (reply.status() < 300) {
                    model.apply(user, act, to, assessed, summary);
                }
                requests += assertReadBackEqualsTheModel(id, filer, model, context);
            }
        }
        System.out.println(
                "CaseWalkIT: "
                        + LIVES
                        + " lives, "
                        + requests
                        + " requests, by status "
                        + byStatus);
    }

    private static Api.Reply send(
            long id,
            User user,
            Act act,
            String to,
            String clock,
            int days,
            int assessed,
            String summary,
            Model model,
            User filer) {
        String token = TOKENS.get(user);
        String base = "/api/cases/" + id;
        return switch (act) {
            case ACKNOWLEDGE -> Api.post(base + "/acknowledgement", token);
            case FORWARD ->
                    Api.post(
                            base + "/forwarding",
                            token,
                            "{\"toPrincipalId\":\"" + to + "\",\"reason\":\"Fel huvudman\"}");
            case ANSWER ->
                    Api.post(
                            base + "/answer",
                            token,
                            "{\"summary\":\""
                                    + summary
                                    + "\",\"measures\":[{\"description\":\"Utbildning\"}]}");
            case RETURN -> Api.post(base + "/return", token, "{\"reason\":\"Otydligt\"}");
            case CLOSE -> Api.post(base + "/closure", token);
            case COMMENT -> Api.post(base + "/comments", token, "{\"text\":\"En fråga\"}");
            case ASSESS ->
                    Api.post(
                            base + "/assessment",
                            token,
                            "{\"consequence\":" + assessed + ",\"likelihood\":2}");
            case EXTEND -> {
                // The deadline now, as the reporter sees it, moved by the step's days.
                JsonObject now = Api.get(base, TOKENS.get(filer)).object();
                String due =
                        now.getString(
                                clock.equals("ACKNOWLEDGEMENT") ? "acknowledgeDue" : "answerDue");
                String until = OffsetDateTime.parse(due).plusDays(days).toString();
                yield Api.post(
                        base + "/deadline-extensions",
                        token,
                        "{\"clock\":\""
                                + clock
                                + "\",\"until\":\""
                                + until
                                + "\",\"agreement\":\"Överenskommet\"}");
            }
            case RAISE_TO_FORUM ->
                    Api.post(
                            base + "/forum-matters",
                            token,
                            "{\"kind\":\"RECURRING_FAULT\",\"subject\":\"Återkommande fel\"}");
            case READ -> Api.get(base, token);
        };
    }

    /** The case and its history as the reporter reads them equal the model; two requests. */
    private static int assertReadBackEqualsTheModel(
            long id, User filer, Model model, String context) {
        JsonObject c = Api.get("/api/cases/" + id, TOKENS.get(filer)).object();
        assertEquals(model.status, c.getString("status"), () -> context + ": status " + c);
        assertEquals(model.routedTo, c.getString("routedToPrincipalId"), () -> context + ": " + c);
        assertEquals(
                model.concerned, c.getString("concernedPrincipalId"), () -> context + ": " + c);
        assertEquals(
                model.informed == null ? List.of() : List.of(model.informed),
                c.getJsonArray("informedPrincipalIds").getValuesAs(JsonString::getString),
                () -> context + ": " + c);
        assertEquals(model.serious, c.getBoolean("serious"), () -> context + ": " + c);
        assertEquals(
                model.answers,
                c.getJsonArray("answers").getValuesAs(JsonObject.class).stream()
                        .map(a -> a.getString("summary"))
                        .toList(),
                () -> context + ": every answer is kept " + c);
        assertEquals(
                model.status.equals("CLOSED"),
                c.get("closedAt") != JsonValue.NULL,
                () -> context + ": " + c);
        assertEquals(
                model.status.equals("ANSWERED") || model.status.equals("CLOSED"),
                c.get("answeredAt") != JsonValue.NULL,
                () -> context + ": " + c);
        assertEquals(
                model.assessed == null ? JsonValue.NULL.toString() : model.assessed.toString(),
                c.get("assessedConsequence").toString(),
                () -> context + ": " + c);
        List<String> history =
                Api.get("/api/cases/" + id + "/history", TOKENS.get(filer)).array().stream()
                        .map(e -> e.asJsonObject().getString("event"))
                        .toList();
        assertEquals(model.history, history, () -> context + ": history");
        return 2;
    }
}
