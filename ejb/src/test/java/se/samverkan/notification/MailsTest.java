package se.samverkan.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailsTest {

    static final Mails.CaseFacts FACTS =
            new Mails.CaseFacts(
                    "SAM-2026-00042",
                    "Läkemedel",
                    "Medication",
                    3,
                    2,
                    true,
                    "Bekräfta mottagandet senast",
                    "Acknowledge by",
                    OffsetDateTime.parse("2026-11-25T23:59:59+01:00"),
                    "https://samverkan.example/cases/42");

    @Test
    void aCaseMailSaysWhatToDoInSwedishThenEnglishAsTextAndHtml() {
        Mails.Mail mail = Mails.aboutCase(NotificationKind.ESCALATION, FACTS);

        assertTrue(mail.subject().startsWith("[Samverkan] SAM-2026-00042: Allvarlig avvikelse"));
        assertTrue(mail.subject().contains(" / Serious deviation"));
        String text = mail.text();
        assertTrue(text.indexOf("Område: Läkemedel") < text.indexOf("Area: Medication"), text);
        assertTrue(text.contains("konsekvens 3 av 4, sannolikhet 2 av 4 (allvarlig)"), text);
        assertTrue(text.contains("Bekräfta mottagandet senast: 2026-11-25 23:59"), text);
        assertTrue(text.contains("https://samverkan.example/cases/42"), text);
        assertTrue(text.contains("inga patientuppgifter"), text);
        assertTrue(mail.html().contains("<section lang=\"sv\">"), mail.html());
        assertTrue(mail.html().contains("<section lang=\"en\">"), mail.html());
        assertTrue(mail.html().contains("href=\"https://samverkan.example/cases/42\""));
    }

    @Test
    void theMailIsBuiltFromItsFactsAlone() {
        // CaseFacts has no field for a patient, a summary or a description: the record's
        // components are the whole of what an e-mail can say.
        assertEquals(
                List.of(
                        "caseNumber",
                        "areaSwedish",
                        "areaEnglish",
                        "consequence",
                        "likelihood",
                        "serious",
                        "deadlineLabelSwedish",
                        "deadlineLabelEnglish",
                        "deadline",
                        "link"),
                java.util.Arrays.stream(Mails.CaseFacts.class.getRecordComponents())
                        .map(java.lang.reflect.RecordComponent::getName)
                        .toList());
    }

    @Test
    void htmlIsEscaped() {
        Mails.CaseFacts odd =
                new Mails.CaseFacts(
                        "SAM-1",
                        "<b>Område</b> & \"x\"",
                        "Area",
                        1,
                        1,
                        false,
                        "Svara senast",
                        "Answer by",
                        null,
                        "https://x.example/cases/1?a=1&b=2");
        String html = Mails.aboutCase(NotificationKind.NEW_CASE, odd).html();
        assertTrue(html.contains("&lt;b&gt;Område&lt;/b&gt; &amp; &quot;x&quot;"), html);
        assertTrue(html.contains("a=1&amp;b=2"), html);
    }

    @Test
    void theDigestListsCaseNumbersOnly() {
        Mails.Mail mail =
                Mails.digest(
                        "2026-W48", List.of("SAM-2026-00001", "SAM-2026-00007"), "https://x/cases");
        assertTrue(mail.subject().contains("2026-W48"));
        assertTrue(mail.text().contains("2 ärenden"));
        assertTrue(mail.text().contains("SAM-2026-00007"));
        assertTrue(mail.html().contains("<li>SAM-2026-00001</li>"));
    }
}
