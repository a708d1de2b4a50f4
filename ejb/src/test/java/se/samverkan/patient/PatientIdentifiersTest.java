package se.samverkan.patient;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatientIdentifiersTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Patienten 19121212-1212 fick fel dos.",
                "Pat. 121212-1212 föll i korridoren",
                "pnr:191212121212",
                "1212121212 hade ingen läkemedelslista",
                "Samordningsnummer 701063-2391 saknades i remissen",
                "Rad ett\nPatient (121212+1212)\nrad tre",
                "Se 19121212-1212."
            })
    void findsANumberInText(String text) {
        assertTrue(PatientIdentifiers.anyIn(TODAY, text), text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Ring avdelningen på 063-15 30 00 eller 070-123 45 67.",
                "Mobil 0701234567 svarade inte", // ten digits, but the check digit is wrong
                "Rum 1204, säng 3, larm kl 21:30",
                "Ordinationen 2026-03-14 ändrades den 2026-03-15",
                "Remiss 123456789 skickad", // nine digits
                "Journal 19121212-12123", // eleven digits after the date: no number stands alone
                "Kontrollsiffran är fel: 19121212-1213",
                "Ingen siffra alls",
                ""
            })
    void letsOrdinaryNumbersPass(String text) {
        assertFalse(PatientIdentifiers.anyIn(TODAY, text), text);
    }

    @Test
    void checksEveryTextAndSkipsAbsentOnes() {
        assertTrue(PatientIdentifiers.anyIn(TODAY, "inget", null, "men här: 121212-1212"));
        assertFalse(PatientIdentifiers.anyIn(TODAY, "inget", null, "inte här heller"));
        assertFalse(PatientIdentifiers.anyIn(TODAY));
    }

    @Test
    void findsATenDigitNumberInsideATwelveDigitRun() {
        // "99" in front of a valid ten-digit number is no century but the number is still there.
        assertTrue(PatientIdentifiers.anyIn(TODAY, "kod 991212121212"));
    }
}
