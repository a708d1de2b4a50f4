package se.samverkan.platform;

/**
 * Text for a cell of a CSV file that people open in a spreadsheet. A cell that begins with {@code
 * =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is a formula to Excel and
 * LibreOffice ({@code =HYPERLINK("http://evil","x")}, {@code +cmd|' /C calc'!A0}), and any handler
 * can write a measure or a forum subject that ends up in the follow-up's CSV. Such a cell gets a
 * leading apostrophe, as OWASP's rule on CSV injection says: the spreadsheet shows the text, and
 * runs nothing. Every CSV the system writes passes its text cells through here; numbers are written
 * as numbers and need no such care.
 */
public final class CsvCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvCells() {}

    /** {@code text} as a cell that no spreadsheet reads as a formula; null stays null. */
    public static String text(String text) {
        if (text == null || text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0) {
            return text;
        }
        return "'" + text;
    }
}
