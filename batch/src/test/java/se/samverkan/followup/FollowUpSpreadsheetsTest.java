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
