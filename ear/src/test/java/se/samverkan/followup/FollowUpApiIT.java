package se.samverkan.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.testing.Api;
import se.samverkan.testing.Deployments;
import se.samverkan.testing.ProblemAssert;
import se.samverkan.testing.Realm;

/** The follow-up over HTTP as the contract has it: start, 202 while running, 200 when done. */
@ExtendWith(ArquillianExtension.class)
class FollowUpApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.realEar();
    }

    @Test
    void theForumStartsAYearAndReadsItsFiguresWhenDone() throws InterruptedException {
        String forum = Realm.tokenFor("forum");
        Api.Reply started = Api.post("/api/follow-ups", forum, "{\"year\":2005}");
        assertEquals(202, started.status(), started::toString);
        assertEquals(2005, started.object().getInt("year"));
        assertTrue(started.object().getJsonNumber("executionId").longValue() > 0);
        assertTrue(started.object().containsKey("status"));

        Api.Reply done = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            done = Api.get("/api/follow-ups/2005", forum);
            if (done.status() == 200) {
                break;
            }
            assertEquals(202, done.status(), done::toString);
            assertTrue(done.object().containsKey("progress"), done::toString);
            Thread.sleep(200);
        }
        assertEquals(200, done.status(), String.valueOf(done));
        JsonObject figures = done.object();
        assertEquals(2005, figures.getInt("year"));
        assertEquals(0, figures.getJsonObject("totals").getInt("cases"));
        assertEquals(12, figures.getJsonArray("byMonth").size());
        assertEquals(JsonValue.NULL, figures.get("medianDaysToAnswer"), "no answer, no median");
        assertTrue(
                Api.get("/api/follow-ups", Realm.tokenFor("admin"))
                        .body()
                        .contains("\"year\":2005"));

        Api.Reply csv =
                Api.send(
                        Api.request("/api/follow-ups/2005/report.csv", forum)
                                .setHeader("Accept", "text/csv"));
        assertEquals(200, csv.status(), csv::toString);
        assertTrue(csv.contentType().startsWith("text/csv"), csv::toString);
        List<org.apache.commons.csv.CSVRecord> records;
        try {
            records =
                    org.apache.commons.csv.CSVFormat.RFC4180
                            .parse(new java.io.StringReader(csv.body()))
                            .getRecords();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertTrue(
                records.stream()
                        .anyMatch(
                                r ->
                                        r.get(0).equals("Översikt")
                                                && r.get(1).equals("Ärenden")
                                                && r.get(2).equals("0")),
                csv::body);

        java.net.http.HttpResponse<byte[]> xlsx =
                Api.bytes(
                        Api.request("/api/follow-ups/2005/report.xlsx", forum)
                                .setHeader(
                                        "Accept",
                                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertEquals(200, xlsx.statusCode());
        try (var book =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                        new java.io.ByteArrayInputStream(xlsx.body()))) {
            assertEquals(0.0, book.getSheet("Översikt").getRow(1).getCell(1).getNumericCellValue());
            assertEquals(12, book.getSheet("Månad").getLastRowNum());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        ProblemAssert.assertProblem(
                Api.send(
                        Api.request("/api/follow-ups/2003/report.csv", forum)
                                .setHeader("Accept", "text/csv")),
                404,
                "/not-found");
    }

    /**
     * The printable report of a year with cases: imported history of 2007 (three deviations and two
     * complaints, one serious), compiled, downloaded as PDF, parsed: its text holds the totals and
     * the document is tagged for accessibility.
     */
    @Test
    void thePdfReportParsesAndHoldsTheYearsTotals() throws Exception {
        String admin = Realm.tokenFor("admin");
        StringBuilder lines = new StringBuilder();
        String run = Long.toString(System.nanoTime(), 36);
        String[] types = {"DEVIATION", "DEVIATION", "DEVIATION", "COMPLAINT", "COMPLAINT"};
        for (int i = 0; i < types.length; i++) {
            lines.append(
                            """
                    {"externalId":"pdf-%s-%d","type":"%s","reportingPrincipalId":"krokom","concernedPrincipalId":"region-jamtland-harjedalen","areaCode":"MEDICATION","summary":"Hemlig sammanfattning","description":"Hemlig berättelse","consequence":%d,"likelihood":1,"seriousEvent":false,"purchasedService":false,"occurredAt":"2007-0%d-10T10:00:00+01:00","submittedAt":"2007-0%d-10T11:00:00+01:00","answerDue":"2007-0%d-20T11:00:00+01:00","acknowledgedAt":null,"answeredAt":"2007-0%d-15T11:00:00+01:00","closedAt":null,"forwarded":false}
                    """
                                    .formatted(
                                            run,
                                            i,
                                            types[i],
                                            i == 0 ? 4 : 1,
                                            i + 2,
                                            i + 2,
                                            i + 2,
                                            i + 2)
                                    .strip())
                    .append('\n');
        }
        Api.Reply imported =
                Api.send(
                        Api.request("/api/imports", admin)
                                .header("Content-Type", "application/x-ndjson")
                                .POST(
                                        java.net.http.HttpRequest.BodyPublishers.ofString(
                                                lines.toString())));
        assertEquals(200, imported.status(), imported::toString);
        assertEquals(5, imported.object().getInt("imported"), imported::toString);

        String forum = Realm.tokenFor("forum");
        assertEquals(202, Api.post("/api/follow-ups", forum, "{\"year\":2007}").status());
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (Api.Reply r = Api.get("/api/follow-ups/2007", forum);
                r.status() != 200;
                r = Api.get("/api/follow-ups/2007", forum)) {
            assertEquals(202, r.status(), r::toString);
            assertFalse(r.body().contains("FAILED"), r::toString);
            assertTrue(System.nanoTime() < deadline, "2007 compiled within a minute");
            Thread.sleep(200);
        }
        java.net.http.HttpResponse<byte[]> pdf =
                Api.bytes(
                        Api.request("/api/follow-ups/2007/report.pdf", forum)
                                .setHeader("Accept", "application/pdf"));
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertTrue(text.contains("Årsuppföljning 2007"), text);
            assertTrue(text.matches("(?s).*Ärenden\\s+5\\s+0.*"), "5 cases, none the year before");
            assertTrue(text.matches("(?s).*Avvikelser\\s+3\\s.*"), text);
            assertTrue(text.matches("(?s).*Klagomål\\s+2\\s.*"), text);
            assertTrue(text.matches("(?s).*Allvarliga\\s+1\\s.*"), text);
            assertFalse(text.contains("Hemlig"), "no summary, no narrative in the report");
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked(), "tagged");
            assertEquals("sv", document.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void aYearNeverStartedIsNotFoundAFutureYearIsRefusedAndBadInputIsA400() {
        String admin = Realm.tokenFor("admin");
        ProblemAssert.assertProblem(Api.get("/api/follow-ups/2001", admin), 404, "/not-found");
        ProblemAssert.assertProblem(
                Api.post("/api/follow-ups", admin, "{\"year\":2100}"), 422, "/unprocessable");
        ProblemAssert.assertProblem(
                Api.post("/api/follow-ups", admin, "{\"year\":\"förra året\"}"), 400, "");
        ProblemAssert.assertProblem(Api.post("/api/follow-ups", admin, "{}"), 400, "/validation");
    }

    @Test
    void onlyTheForumAndAdministratorsMayStartOrRead() {
        for (String user :
                List.of(
                        "reporter.ostersund",
                        "handler.region",
                        "chefslakare.region",
                        "mas.krokom")) {
            String token = Realm.tokenFor(user);
            ProblemAssert.assertProblem(
                    Api.post("/api/follow-ups", token, "{\"year\":2006}"), 403, "/forbidden");
            ProblemAssert.assertProblem(Api.get("/api/follow-ups/2005", token), 403, "/forbidden");
            ProblemAssert.assertProblem(Api.get("/api/follow-ups", token), 403, "/forbidden");
        }
    }
}
