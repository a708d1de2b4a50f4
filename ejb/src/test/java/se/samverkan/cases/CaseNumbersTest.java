package se.samverkan.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CaseNumbersTest {

    @Test
    void aNumberHasFiveDigitsOrAllItsOwn() {
        assertEquals("SAM-2026-00042", CaseNumbers.format(2026, 42));
        assertEquals("SAM-2026-00001", CaseNumbers.format(2026, 1));
        assertEquals("SAM-2027-99999", CaseNumbers.format(2027, 99_999));
        assertEquals("SAM-2027-100000", CaseNumbers.format(2027, 100_000));
    }
}
