package se.samverkan.notification;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import se.samverkan.platform.TimeSource;

/**
 * The text of every e-mail: Swedish first, English below, as plain text and as HTML. It is built
 * from the facts a recipient needs to act (case number, area, severity, the deadline and a link)
 * and from nothing else, so no patient identity and no narrative can reach an e-mail.
 */
public final class Mails {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private Mails() {}

    /** A composed e-mail. */
    public record Mail(String subject, String text, String html) {}

    /** What an e-mail about one case says. */
    public record CaseFacts(
            String caseNumber,
            String areaSwedish,
            String areaEnglish,
            int consequence,
            int likelihood,
            boolean serious,
            String deadlineLabelSwedish,
            String deadlineLabelEnglish,
            OffsetDateTime deadline,
            String link) {}

    public static Mail aboutCase(NotificationKind kind, CaseFacts facts) {
        String subject =
                "[Samverkan] "
                        + facts.caseNumber()
                        + ": "
                        + kind.swedish()
                        + " / "
                        + kind.english();
        String severitySv =
                "konsekvens "
                        + facts.consequence()
                        + " av 4, sannolikhet "
                        + facts.likelihood()
                        + " av 4"
                        + (facts.serious() ? " (allvarlig)" : "");
        String severityEn =
                "consequence "
                        + facts.consequence()
                        + " of 4, likelihood "
                        + facts.likelihood()
                        + " of 4"
                        + (facts.serious() ? " (serious)" : "");
        String deadline =
                facts.deadline() == null ? "–" : DAY.format(TimeSource.inCounty(facts.deadline()));
        String text =
                kind.swedish()
                        + "\n\n"
                        + "Ärende: "
                        + facts.caseNumber()
                        + "\nOmråde: "
                        + facts.areaSwedish()
                        + "\nAllvarlighet: "
                        + severitySv
                        + "\n"
                        + facts.deadlineLabelSwedish()
                        + ": "
                        + deadline
                        + "\n\nÖppna ärendet: "
                        + facts.link()
                        + "\n\nMeddelandet innehåller inga patientuppgifter. Logga in för att läsa"
                        + " ärendet.\n\n-- \n"
                        + kind.english()
                        + "\n\nCase: "
                        + facts.caseNumber()
                        + "\nArea: "
                        + facts.areaEnglish()
                        + "\nSeverity: "
                        + severityEn
                        + "\n"
                        + facts.deadlineLabelEnglish()
                        + ": "
                        + deadline
                        + "\n\nOpen the case: "
                        + facts.link()
                        + "\n\nThis message carries no patient data. Sign in to read the case.\n";
        String html =
                "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>"
                        + escape(subject)
                        + "</title></head><body>"
                        + section(
                                "sv",
                                kind.swedish(),
                                new String[][] {
                                    {"Ärende", facts.caseNumber()},
                                    {"Område", facts.areaSwedish()},
                                    {"Allvarlighet", severitySv},
                                    {facts.deadlineLabelSwedish(), deadline}
                                },
                                facts.link(),
                                "Öppna ärendet",
                                "Meddelandet innehåller inga patientuppgifter. Logga in för att läsa"
                                        + " ärendet.")
                        + "<hr>"
                        + section(
                                "en",
                                kind.english(),
                                new String[][] {
                                    {"Case", facts.caseNumber()},
                                    {"Area", facts.areaEnglish()},
                                    {"Severity", severityEn},
                                    {facts.deadlineLabelEnglish(), deadline}
                                },
                                facts.link(),
                                "Open the case",
                                "This message carries no patient data. Sign in to read the case.")
                        + "</body></html>";
        return new Mail(subject, text, html);
    }

    /** The weekly digest of a principal's overdue incoming cases: numbers and a link only. */
    public static Mail digest(String week, List<String> caseNumbers, String link) {
        NotificationKind kind = NotificationKind.WEEKLY_DIGEST;
        String subject =
                "[Samverkan] " + kind.swedish() + " " + week + " / " + kind.english() + " " + week;
        String list = String.join("\n", caseNumbers);
        String text =
                kind.swedish()
                        + " "
                        + week
                        + "\n\n"
                        + caseNumbers.size()
                        + " ärenden till er har passerat sin tidsfrist:\n"
                        + list
                        + "\n\nInkorgen: "
                        + link
                        + "\n\n-- \n"
                        + kind.english()
                        + " "
                        + week
                        + "\n\n"
                        + caseNumbers.size()
                        + " cases to you are past their deadline (numbers above).\nThe incoming box: "
                        + link
                        + "\n";
        StringBuilder items = new StringBuilder("<ul>");
        caseNumbers.forEach(n -> items.append("<li>").append(escape(n)).append("</li>"));
        items.append("</ul>");
        String html =
                "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>"
                        + escape(subject)
                        + "</title></head><body><h1>"
                        + escape(kind.swedish() + " " + week)
                        + "</h1><p>"
                        + caseNumbers.size()
                        + " ärenden till er har passerat sin tidsfrist:</p>"
                        + items
                        + "<p><a href=\""
                        + escape(link)
                        + "\">Inkorgen</a></p><hr><h1 lang=\"en\">"
                        + escape(kind.english() + " " + week)
                        + "</h1><p lang=\"en\">"
                        + caseNumbers.size()
                        + " cases to you are past their deadline (numbers above). <a href=\""
                        + escape(link)
                        + "\">The incoming box</a></p></body></html>";
        return new Mail(subject, text, html);
    }

    private static String section(
            String lang,
            String heading,
            String[][] rows,
            String link,
            String linkText,
            String footer) {
        StringBuilder out =
                new StringBuilder("<section lang=\"")
                        .append(lang)
                        .append("\"><h1>")
                        .append(escape(heading))
                        .append("</h1><table>");
        for (String[] row : rows) {
            out.append("<tr><th scope=\"row\">")
                    .append(escape(row[0]))
                    .append("</th><td>")
                    .append(escape(row[1]))
                    .append("</td></tr>");
        }
        return out.append("</table><p><a href=\"")
                .append(escape(link))
                .append("\">")
                .append(escape(linkText))
                .append("</a></p><p>")
                .append(escape(footer))
                .append("</p></section>")
                .toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
