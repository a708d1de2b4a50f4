package se.samverkan.followup;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The figures document as the tables people read, one per sheet: the same numbers for the CSV, the
 * XLSX and (to come) the PDF. Principals and areas by name; no patient, no staff, no narrative can
 * appear, because the document holds none.
 */
public final class FollowUpTables {

    /** A titled table: a header and rows of text or numbers. */
    public record Table(String title, List<String> header, List<List<Object>> rows) {}

    static final String[] MONTHS = {
        "januari", "februari", "mars", "april", "maj", "juni",
        "juli", "augusti", "september", "oktober", "november", "december"
    };
    static final String[] CONSEQUENCES = {
        "", "Mindre allvarlig", "Måttlig", "Betydande", "Katastrofal"
    };

    private FollowUpTables() {}

    /** The tables of a document; {@code names} turns a principal id or area code into words. */
    public static List<Table> of(JsonObject doc, Function<String, String> names) {
        int year = doc.getInt("year");
        List<Table> tables = new ArrayList<>();
        JsonObject totals = doc.getJsonObject("totals");
        JsonObject previous = doc.getJsonObject("previousYear");
        List<List<Object>> summary = new ArrayList<>();
        for (String[] k :
                new String[][] {
                    {"cases", "Ärenden"},
                    {"deviations", "Avvikelser"},
                    {"complaints", "Klagomål"},
                    {"serious", "Allvarliga"}
                }) {
            summary.add(
                    List.of(
                            k[1],
                            totals.getJsonNumber(k[0]).longValue(),
                            previous.getJsonNumber(k[0]).longValue()));
        }
        tables.add(
                new Table(
                        "Översikt",
                        List.of("Mått", Integer.toString(year), Integer.toString(year - 1)),
                        summary));

        List<List<Object>> answers = new ArrayList<>();
        answers.add(List.of("Besvarade", number(doc, "answered")));
        answers.add(List.of("Besvarade inom tidsfristen", number(doc, "answeredWithinDeadline")));
        answers.add(List.of("Median, dagar till svar", number(doc, "medianDaysToAnswer")));
        answers.add(List.of("90:e percentilen, dagar till svar", number(doc, "p90DaysToAnswer")));
        answers.add(List.of("Vidareskickade", number(doc, "forwarded")));
        answers.add(List.of("Öppna vid årets slut", number(doc, "openAtYearEnd")));
        answers.add(List.of("Eskaleringar", number(doc, "escalations")));
        tables.add(
                new Table(
                        "Svar och tidsfrister", List.of("Mått", Integer.toString(year)), answers));

        JsonObject direction = doc.getJsonObject("byDirection");
        tables.add(
                new Table(
                        "Riktning",
                        List.of("Riktning", "Ärenden"),
                        List.of(
                                List.of(
                                        "Kommun till region",
                                        direction
                                                .getJsonNumber("MUNICIPALITY_TO_REGION")
                                                .longValue()),
                                List.of(
                                        "Region till kommun",
                                        direction
                                                .getJsonNumber("REGION_TO_MUNICIPALITY")
                                                .longValue()))));

        List<List<Object>> principals = new ArrayList<>();
        for (JsonValue v : doc.getJsonArray("byPrincipal")) {
            JsonObject p = v.asJsonObject();
            principals.add(
                    List.of(
                            names.apply(p.getString("principalId")),
                            p.getJsonNumber("reported").longValue(),
                            p.getJsonNumber("concerned").longValue()));
        }
        tables.add(
                new Table("Huvudmän", List.of("Huvudman", "Rapporterade", "Berörda"), principals));

        List<List<Object>> areas = new ArrayList<>();
        for (JsonValue v : doc.getJsonArray("byArea")) {
            JsonObject a = v.asJsonObject();
            areas.add(
                    List.of(
                            names.apply(a.getString("areaCode")),
                            a.getJsonNumber("count").longValue()));
        }
        tables.add(new Table("Områden", List.of("Område", "Ärenden"), areas));

        List<List<Object>> consequences = new ArrayList<>();
        JsonObject byConsequence = doc.getJsonObject("byConsequence");
        for (int c = 1; c <= 4; c++) {
            consequences.add(
                    List.of(
                            c + " " + CONSEQUENCES[c],
                            byConsequence.getJsonNumber(Integer.toString(c)).longValue()));
        }
        tables.add(new Table("Konsekvens", List.of("Konsekvens", "Ärenden"), consequences));

        List<List<Object>> months = new ArrayList<>();
        JsonArray previousMonths = previous.getJsonArray("byMonth");
        for (int m = 0; m < 12; m++) {
            long n = doc.getJsonArray("byMonth").getJsonNumber(m).longValue();
            months.add(
                    previousMonths == null
                            ? List.of(MONTHS[m], n)
                            : List.of(MONTHS[m], n, previousMonths.getJsonNumber(m).longValue()));
        }
        tables.add(
                new Table(
                        "Månad",
                        previousMonths == null
                                ? List.of("Månad", Integer.toString(year))
                                : List.of(
                                        "Månad",
                                        Integer.toString(year),
                                        Integer.toString(year - 1)),
                        months));

        JsonObject delay = doc.getJsonObject("answerDelay");
        if (delay != null) {
            List<List<Object>> delays = new ArrayList<>();
            for (int b = 0; b < YearFigures.DELAYS.length; b++) {
                delays.add(
                        List.of(DELAYS[b], delay.getJsonNumber(YearFigures.DELAYS[b]).longValue()));
            }
            tables.add(
                    new Table(
                            "Svar mot tidsfristen",
                            List.of("Svaret kom", "Besvarade ärenden"),
                            delays));
        }

        JsonArray measures = doc.getJsonArray("measuresByArea");
        if (measures != null) {
            List<List<Object>> perArea = new ArrayList<>();
            List<List<Object>> common = new ArrayList<>();
            for (JsonValue v : measures) {
                JsonObject a = v.asJsonObject();
                String area = names.apply(a.getString("areaCode"));
                perArea.add(
                        List.of(
                                area,
                                a.getJsonNumber("cases").longValue(),
                                a.getJsonNumber("measures").longValue()));
                for (JsonValue m : a.getJsonArray("common")) {
                    common.add(
                            List.of(
                                    area,
                                    m.asJsonObject().getString("description"),
                                    m.asJsonObject().getJsonNumber("count").longValue()));
                }
            }
            tables.add(
                    new Table(
                            "Åtgärder per område",
                            List.of("Område", "Ärenden med åtgärder", "Åtgärder"),
                            perArea));
            tables.add(
                    new Table(
                            "Vanligaste åtgärderna",
                            List.of("Område", "Åtgärd", "Gånger"),
                            common));
        }

        JsonArray register = doc.getJsonArray("forumRegister");
        if (register != null) {
            List<List<Object>> lines = new ArrayList<>();
            for (JsonValue v : register) {
                JsonObject l = v.asJsonObject();
                lines.add(
                        List.of(
                                l.getString("caseNumber"),
                                names.apply(l.getString("areaCode")),
                                KINDS.getOrDefault(l.getString("kind"), l.getString("kind")),
                                l.getString("subject"),
                                l.getString("raisedAt").substring(0, 10),
                                names.apply(l.getString("raisedByPrincipalId")),
                                l.isNull("ownerPrincipalId")
                                        ? "Ingen ännu"
                                        : names.apply(l.getString("ownerPrincipalId")),
                                STATUSES.getOrDefault(
                                        l.getString("status"), l.getString("status"))));
            }
            tables.add(
                    new Table(
                            "Forumets register",
                            List.of(
                                    "Ärende", "Område", "Slag", "Fråga", "Lyft", "Lyft av", "Ägare",
                                    "Status"),
                            lines));
        }
        return tables;
    }

    static final String[] DELAYS = {
        "Mer än 7 dagar före tidsfristen",
        "0–7 dagar före tidsfristen",
        "1–7 dagar efter tidsfristen",
        "8–30 dagar efter tidsfristen",
        "Mer än 30 dagar efter tidsfristen"
    };

    static final java.util.Map<String, String> KINDS =
            java.util.Map.of(
                    "RECURRING_FAULT", "Återkommande systemfel",
                    "PRINCIPLE", "Principiell fråga",
                    "RESPONSIBILITY", "Oenighet om ansvar");

    static final java.util.Map<String, String> STATUSES =
            java.util.Map.of(
                    "RAISED", "Lyft",
                    "IN_PROGRESS", "Under arbete",
                    "RESOLVED", "Avslutad");

    private static Object number(JsonObject doc, String key) {
        JsonValue value = doc.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        JsonNumber n = (JsonNumber) value;
        return n.isIntegral() ? (Object) n.longValue() : n.bigDecimalValue();
    }
}
