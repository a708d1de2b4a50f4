package se.samverkan.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
