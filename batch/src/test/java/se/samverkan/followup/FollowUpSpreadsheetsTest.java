package se.samverkan.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The outputs open and hold the figures: the CSV parses, the XLSX opens with its sheets. */
class FollowUpSpreadsheetsTest {

    static final JsonObject DOC =
            Json.createReader(
                            new StringReader(
                                    """
                                    {"year":2025,"generatedAt":"2026-01-15T06:00:00+01:00",
                                     "totals":{"cases":120,"deviations":100,"complaints":20,"serious":7},
                                     "byDirection":{"MUNICIPALITY_TO_REGION":80,"REGION_TO_MUNICIPALITY":40},
                                     "byPrincipal":[{"principalId":"ostersund","reported":50,"concerned":10}],
                                     "byArea":[{"areaCode":"MEDICATION","count":30}],
                                     "byConsequence":{"1":50,"2":50,"3":15,"4":5},
                                     "byMonth":[10,10,10,10,10,10,10,10,10,10,10,10],
                                     "answered":100,"answeredWithinDeadline":90,
                                     "medianDaysToAnswer":12.5,"p90DaysToAnswer":40.0,
                                     "forwarded":3,"openAtYearEnd":20,"escalations":7,
                                     "previousYear":{"cases":110,"deviations":95,"complaints":15,"serious":6}}
                                    """))
                    .readObject();

    static List<FollowUpTables.Table> tables() {
        return FollowUpTables.of(
                DOC, id -> id.equals("ostersund") ? "Östersunds kommun" : "Läkemedel");
    }

    @Test
    void theCsvParsesAndHoldsTheTotals() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FollowUpSpreadsheets.csv(tables(), out);
        List<CSVRecord> records =
                CSVFormat.RFC4180
                        .parse(
                                new InputStreamReader(
                                        new ByteArrayInputStream(out.toByteArray()),
                                        StandardCharsets.UTF_8))
                        .getRecords();
        assertTrue(
                records.stream()
                        .anyMatch(
                                r ->
                                        r.get(0).equals("Översikt")
                                                && r.get(1).equals("Ärenden")
                                                && r.get(2).equals("120")
                                                && r.get(3).equals("110")));
        assertTrue(
                records.stream()
                        .anyMatch(
                                r ->
                                        r.get(1).equals("Östersunds kommun")
                                                && r.get(2).equals("50")));
        assertTrue(
                records.stream()
                        .anyMatch(r -> r.get(1).startsWith("Median") && r.get(2).equals("12.5")));
    }

    /** Issue 18, found 3: a measure or a forum subject reached Excel as a live formula. */
    @Test
    void noTextCellOfTheCsvIsAFormulaAndTheWorkbookKeepsItAsAString() throws Exception {
        List<String> formulas =
                List.of("=HYPERLINK(\"http://evil\",\"x\")", "@SUM(1+1)", "+cmd|' /C calc'!A0");
        List<List<Object>> rows = new java.util.ArrayList<>();
        formulas.forEach(f -> rows.add(List.of(f, 3L)));
        rows.add(List.of("Negativt tal", -2L));
        List<FollowUpTables.Table> tables =
                List.of(new FollowUpTables.Table("=Åtgärder", List.of("-Åtgärd", "Antal"), rows));

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        FollowUpSpreadsheets.csv(tables, csv);
        List<CSVRecord> records =
                CSVFormat.RFC4180
                        .parse(
                                new InputStreamReader(
                                        new ByteArrayInputStream(csv.toByteArray()),
                                        StandardCharsets.UTF_8))
                        .getRecords();
        for (CSVRecord record : records) {
            for (String cell : record) {
                assertTrue(
                        cell.isEmpty() || "=+@\t\r".indexOf(cell.charAt(0)) < 0,
                        () -> "a formula in the CSV: " + record);
                assertTrue(
                        !cell.startsWith("-") || cell.equals("-2"),
                        () -> "only a number may start with a minus: " + record);
            }
        }
        assertEquals("'=HYPERLINK(\"http://evil\",\"x\")", records.get(1).get(1));
        assertEquals("-2", records.get(4).get(2), "a number is written as a number");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        FollowUpSpreadsheets.xlsx(tables, xlsx);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            for (int r = 1; r <= formulas.size(); r++) {
                org.apache.poi.ss.usermodel.Cell cell = sheet.getRow(r).getCell(0);
                assertEquals(org.apache.poi.ss.usermodel.CellType.STRING, cell.getCellType());
                assertEquals(formulas.get(r - 1), cell.getStringCellValue());
            }
        }
    }

    /** The same through the real document's tables: a measure and a forum subject. */
    @Test
    void aFormulaInAMeasureOrAForumSubjectReachesTheCsvAsText() throws Exception {
        JsonObject doc =
                Json.createObjectBuilder(DOC)
                        .add(
                                "measuresByArea",
                                Json.createArrayBuilder()
                                        .add(
                                                Json.createObjectBuilder()
                                                        .add("areaCode", "MEDICATION")
                                                        .add("cases", 1)
                                                        .add("measures", 1)
                                                        .add(
                                                                "common",
                                                                Json.createArrayBuilder()
                                                                        .add(
                                                                                Json
                                                                                        .createObjectBuilder()
                                                                                        .add(
                                                                                                "description",
                                                                                                "=HYPERLINK(\"http://evil\",\"x\")")
                                                                                        .add(
                                                                                                "count",
                                                                                                1)))))
                        .add(
                                "forumRegister",
                                Json.createArrayBuilder()
                                        .add(
                                                Json.createObjectBuilder()
                                                        .add("caseNumber", "SAM-2025-00001")
                                                        .add("areaCode", "MEDICATION")
                                                        .add("kind", "RECURRING_FAULT")
                                                        .add("subject", "+cmd|' /C calc'!A0")
                                                        .add(
                                                                "raisedAt",
                                                                "2025-05-01T10:00:00+02:00")
                                                        .add("raisedByPrincipalId", "ostersund")
                                                        .addNull("ownerPrincipalId")
                                                        .add("status", "RAISED")))
                        .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FollowUpSpreadsheets.csv(FollowUpTables.of(doc, id -> id), out);
        String csv = out.toString(StandardCharsets.UTF_8);

        assertTrue(csv.contains("'=HYPERLINK"), csv);
        assertTrue(csv.contains("'+cmd"), csv);
        for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords()) {
            for (String cell : record) {
                assertTrue(
                        cell.isEmpty() || "=+@\t\r".indexOf(cell.charAt(0)) < 0,
                        () -> "a formula in the CSV: " + record);
            }
        }
    }

    @Test
    void theWorkbookOpensWithOneSheetPerTable() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FollowUpSpreadsheets.xlsx(tables(), out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(tables().size(), book.getNumberOfSheets());
            Sheet summary = book.getSheet("Översikt");
            assertEquals("Ärenden", summary.getRow(1).getCell(0).getStringCellValue());
            assertEquals(120.0, summary.getRow(1).getCell(1).getNumericCellValue());
            assertEquals(110.0, summary.getRow(1).getCell(2).getNumericCellValue());
            Sheet months = book.getSheet("Månad");
            assertEquals(13, months.getPhysicalNumberOfRows());
        }
    }
}
