package se.samverkan.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellsTest {

    /** OWASP's list, with the payloads of issue 18. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "=HYPERLINK(\"http://evil\",\"x\")",
                "@SUM(1+1)",
                "+cmd|' /C calc'!A0",
                "-2+3",
                "\tTab",
                "\rReturn"
            })
    void aCellThatWouldBeAFormulaIsWrittenAsText(String formula) {
        assertEquals("'" + formula, CsvCells.text(formula));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Utbildning", "Läkemedel: 3 st", "", " =not first", "'quoted"})
    void anyOtherCellIsLeftAsItIs(String text) {
        assertEquals(text, CsvCells.text(text));
    }

    @org.junit.jupiter.api.Test
    void nullStaysNull() {
        assertNull(CsvCells.text(null));
    }
}
