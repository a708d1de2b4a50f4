package se.samverkan.followup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.samverkan.platform.CsvCells;

/** The follow-up's tables as CSV (one file: table, row, values) and as XLSX (a sheet a table). */
public final class FollowUpSpreadsheets {

    private FollowUpSpreadsheets() {}

    /**
     * RFC 4180, UTF-8: {@code tabell,post,värde[,värde]} with each table's header first; no text
     * cell is read as a formula ({@link CsvCells}).
     */
    public static void csv(List<FollowUpTables.Table> tables, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            for (FollowUpTables.Table table : tables) {
                csv.print(CsvCells.text(table.title()));
                for (String h : table.header()) {
                    csv.print(CsvCells.text(h));
                }
                csv.println();
                for (List<Object> row : table.rows()) {
                    csv.print(CsvCells.text(table.title()));
                    for (Object cell : row) {
                        // Texts (measures, forum subjects) can be written by anyone: never a
                        // formula. Numbers stay numbers.
                        csv.print(cell instanceof String text ? CsvCells.text(text) : cell);
                    }
                    csv.println();
                }
            }
        }
    }

    public static void xlsx(List<FollowUpTables.Table> tables, OutputStream out)
            throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (FollowUpTables.Table table : tables) {
                Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
                Row header = sheet.createRow(0);
                for (int c = 0; c < table.header().size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(table.header().get(c));
                    cell.setCellStyle(bold);
                }
                int r = 1;
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object value = values.get(c);
                        Cell cell = row.createCell(c);
                        if (value instanceof Long n) {
                            cell.setCellValue(n);
                        } else if (value instanceof BigDecimal d) {
                            cell.setCellValue(d.doubleValue());
                        } else {
                            cell.setCellValue(String.valueOf(value));
                        }
                    }
                }
                sheet.setColumnWidth(0, 40 * 256);
                sheet.createFreezePane(0, 1);
            }
            book.write(out);
        }
    }
}
