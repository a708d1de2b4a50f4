package se.samverkan.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.testing.Api;
import se.samverkan.testing.Deployments;
import se.samverkan.testing.Mailbox;
import se.samverkan.testing.Realm;

/**
 * E-mail through a real SMTP server (GreenMail in the test JVM): the serious case reaches the
 * officers, ordinary events reach the handlers, no e-mail carries patient data or narrative, and
 * SMTP being down loses nothing and duplicates nothing.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

    static final String REGION = "region-jamtland-harjedalen";
    static final String REGION_OFFICER = "chefslakare@region-jamtland-harjedalen.samverkan.example";
    static final String REGION_HANDLERS = "avvikelser@region-jamtland-harjedalen.samverkan.example";
    static final String OSTERSUND_OFFICER = "mas@ostersund.samverkan.example";
    static final String OSTERSUND_HANDLERS = "avvikelser@ostersund.samverkan.example";
    static final String NARRATIVE = "Dosetten innehöll Waran i stället för Alvedon";

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.realEar();
    }

    @BeforeAll
    static void smtp() {
        Mailbox.start();
    }

    @AfterAll
    static void done() {
        Mailbox.stop();
    }

    static String filing(int consequence, String summary) {
        return """
                {"type":"DEVIATION","occurredAt":"2026-03-14T21:30:00+01:00",
                 "concernedPrincipalId":"%s","areaCode":"MEDICATION","summary":"%s",
                 "description":"%s","immediateActions":"Jourläkaren kontaktad.",
                 "consequence":%d,"likelihood":2,"seriousEvent":false,"purchasedService":false,
                 "patient":{"personalIdentityNumber":"19121212-1212","legalGround":"CONSENT"}}
                """
                .formatted(REGION, summary, NARRATIVE, consequence);
    }

    static JsonObject file(int consequence, String summary) {
        Api.Reply reply =
                Api.post(
                        "/api/cases",
                        Realm.tokenFor("reporter.ostersund"),
                        filing(consequence, summary));
        assertEquals(201, reply.status(), reply::toString);
        return reply.object();
    }

    static void assertClean(Mailbox.Mail mail) {
        for (String secret :
                List.of("19121212", "121212-1212", NARRATIVE, "Jourläkaren", "Fel dos nattetid")) {
            assertFalse(
                    mail.body().contains(secret) || mail.subject().contains(secret),
                    () -> secret + " in " + mail);
        }
    }

    @Test
    void aSeriousCaseReachesTheRoutedToOfficerAtOnceAndInformsTheReportingOfficer() {
        JsonObject c = file(4, "Fel dos nattetid");
        String number = c.getString("caseNumber");

        List<Mailbox.Mail> mails =
                Mailbox.await(m -> m.subject().contains(number), 3, Duration.ofSeconds(30));

        Mailbox.Mail escalation =
                mails.stream()
                        .filter(m -> m.to().contains(REGION_OFFICER))
                        .findFirst()
                        .orElseThrow();
        Mailbox.Mail informed =
                mails.stream()
                        .filter(m -> m.to().contains(OSTERSUND_OFFICER))
                        .findFirst()
                        .orElseThrow();
        Mailbox.Mail newCase =
                mails.stream()
                        .filter(m -> m.to().contains(REGION_HANDLERS))
                        .findFirst()
                        .orElseThrow();
        assertTrue(
                escalation.subject().contains("Allvarlig avvikelse: direktkontakt"),
                escalation::toString);
        assertTrue(escalation.subject().contains("Serious deviation"), escalation::toString);
        assertTrue(
                informed.subject().contains("rapporterad till den andra huvudmannen"),
                informed::toString);
        assertTrue(newCase.subject().contains("Nytt ärende"), newCase::toString);
        for (Mailbox.Mail mail : mails) {
            assertClean(mail);
            assertTrue(mail.body().contains(number), mail::toString);
            assertTrue(
                    mail.body().contains("Läkemedel") && mail.body().contains("Medication"),
                    mail::toString);
            assertTrue(mail.body().contains("/cases/" + c.getJsonNumber("id")), mail::toString);
            assertEquals(
                    "<" + mail.deliveryKey() + "@samverkan>", mail.messageId(), mail::toString);
        }
    }

    @Test
    void anAnswerReachesTheReportingSideAndAReturnTheReceivingSide() {
        JsonObject c = file(1, "Sen remiss");
        long id = c.getJsonNumber("id").longValue();
        String number = c.getString("caseNumber");
        String handler = Realm.tokenFor("handler.region");
        assertEquals(200, Api.post("/api/cases/" + id + "/acknowledgement", handler).status());
        assertEquals(
                200,
                Api.post(
                                "/api/cases/" + id + "/answer",
                                handler,
                                "{\"summary\":\"Utrett\",\"measures\":[{\"description\":\"Ny rutin\"}]}")
                        .status());
        Mailbox.Mail answered =
                Mailbox.await(
                                m ->
                                        m.subject().contains(number)
                                                && m.to().contains(OSTERSUND_HANDLERS),
                                1,
                                Duration.ofSeconds(30))
                        .get(0);
        assertTrue(answered.subject().contains("besvarat"), answered::toString);
        assertEquals(
                200,
                Api.post(
                                "/api/cases/" + id + "/return",
                                Realm.tokenFor("reporter.ostersund"),
                                "{\"reason\":\"Åtgärd saknas\"}")
                        .status());
        Mailbox.Mail returned =
                Mailbox.await(
                                m ->
                                        m.subject().contains(number)
                                                && m.subject().contains("återsänt"),
                                1,
                                Duration.ofSeconds(30))
                        .get(0);
        assertTrue(returned.to().contains(REGION_HANDLERS), returned::toString);
        assertFalse(returned.body().contains("Åtgärd saknas"), "the return's reason is narrative");
    }

    @Test
    void smtpDownDuringFilingsLosesNothingAndDeliversEachOnce() {
        Mailbox.stop();
        List<String> numbers = new ArrayList<>();
        List<Long> millis = new ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                long started = System.nanoTime();
                JsonObject c = file(i % 3 == 0 ? 3 : 1, "Under avbrott " + i);
                millis.add((System.nanoTime() - started) / 1_000_000);
                numbers.add(c.getString("caseNumber"));
            }
        } finally {
            Mailbox.start();
        }
        // 12 new-case notices, and for the 4 serious cases an escalation and its information.
        int expected = 12 + 4 * 2;
        List<Mailbox.Mail> mails =
                Mailbox.await(
                        m -> numbers.stream().anyMatch(n -> m.subject().contains(n)),
                        expected,
                        Duration.ofSeconds(90));
        assertEquals(expected, mails.size(), mails::toString);
        assertEquals(
                expected,
                mails.stream().map(Mailbox.Mail::deliveryKey).distinct().count(),
                "each once");
        assertTrue(
                millis.stream().allMatch(ms -> ms < 5000), "no filing waited for SMTP: " + millis);
    }

    @Test
    void theHandlersSeeTheirNotificationsInTheSystemAndAReporterSeesNone() {
        JsonObject c = file(1, "Synlig avisering");
        String number = c.getString("caseNumber");
        Api.Reply mine = Api.get("/api/notifications", Realm.tokenFor("handler.region"));
        assertEquals(200, mine.status(), mine::toString);
        assertTrue(
                mine.array().stream()
                        .map(JsonValue::asJsonObject)
                        .anyMatch(
                                n ->
                                        number.equals(n.getString("caseNumber", null))
                                                && n.getString("kind").equals("NEW_CASE")),
                mine::toString);
        assertEquals(
                0, Api.get("/api/notifications", Realm.tokenFor("reporter.region")).array().size());
        assertTrue(
                Api.get("/api/notifications", Realm.tokenFor("handler.krokom")).array().stream()
                        .map(JsonValue::asJsonObject)
                        .noneMatch(n -> number.equals(n.getString("caseNumber", null))),
                "another principal's mailbox");
    }

    @Test
    void theReportingSideSeesTheOutcomeNotTheDeliberation() {
        JsonObject c = file(3, "Utfall synligt");
        long caseId = c.getJsonNumber("id").longValue();
        JsonObject received =
                Api.get("/api/escalations", Realm.tokenFor("chefslakare.region")).array().stream()
                        .map(JsonValue::asJsonObject)
                        .filter(e -> e.getJsonNumber("caseId").longValue() == caseId)
                        .findFirst()
                        .orElseThrow();
        assertFalse(received.getBoolean("overdue"));
        assertEquals(
                200,
                Api.post(
                                "/api/escalations/"
                                        + received.getJsonNumber("id")
                                        + "/acknowledgement",
                                Realm.tokenFor("chefslakare.region"),
                                "{\"decision\":\"LEX_MARIA\",\"ivoReference\":\"IVO 2026-77\"}")
                        .status());

        JsonObject outcome =
                Api.get("/api/escalations?scope=informed", Realm.tokenFor("mas.ostersund"))
                        .array()
                        .stream()
                        .map(JsonValue::asJsonObject)
                        .filter(e -> e.getJsonNumber("caseId").longValue() == caseId)
                        .findFirst()
                        .orElseThrow();
        assertEquals("LEX_MARIA", outcome.getString("decision"));
        assertTrue(outcome.isNull("ivoReference"), outcome::toString);
        assertTrue(
                Api.get("/api/escalations?scope=informed", Realm.tokenFor("mas.krokom"))
                        .array()
                        .stream()
                        .map(JsonValue::asJsonObject)
                        .noneMatch(e -> e.getJsonNumber("caseId").longValue() == caseId));
        assertEquals(
                400,
                Api.get("/api/escalations?scope=everything", Realm.tokenFor("mas.ostersund"))
                        .status());
    }
}
