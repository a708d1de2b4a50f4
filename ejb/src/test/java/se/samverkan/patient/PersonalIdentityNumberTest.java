package se.samverkan.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalIdentityNumberTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    /** A ten-digit number with its check digit computed here, independently of the class. */
    static String withCheckDigit(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d / 10 + d % 10;
        }
        return nine + (10 - sum % 10) % 10;
    }

    @ParameterizedTest
    @CsvSource({
        "19121212-1212, 191212121212",
        "191212121212, 191212121212",
        "121212-1212, 201212121212",
        "1212121212, 201212121212",
        "121212+1212, 191212121212",
        "19701063-2391, 197010632391",
        "701063-2391, 197010632391",
        " 19121212-1212 , 191212121212"
    })
    void acceptsEveryFormOfAValidNumber(String text, String digits) {
        assertEquals(digits, PersonalIdentityNumber.parse(text, TODAY).orElseThrow().digits());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "19121212-1213", // wrong check digit
                "121212-1211", // wrong check digit
                "19121312-1219", // month 13
                "19120230-1234", // 30 February
                "20300101-1234", // in the future
                "19121212_1212", // not a separator
                "1912121212", // nine... ten digits but a wrong check digit
                "191212-12121", // wrong grouping
                "19121212+1212", // "+" only in the ten-digit form
                "",
                "abcdefghij"
            })
    void refusesWhatIsNotAValidNumber(String text) {
        assertTrue(PersonalIdentityNumber.parse(text, TODAY).isEmpty(), text);
    }

    @org.junit.jupiter.api.Test
    void refusesNull() {
        assertTrue(PersonalIdentityNumber.parse(null, TODAY).isEmpty());
    }

    @org.junit.jupiter.api.Test
    void theCheckDigitIsTheLuhnDigitOfTheTenDigitForm() {
        for (String nine : new String[] {"811218987", "640823323", "121212121", "000101001"}) {
            String ten = withCheckDigit(nine);
            assertTrue(PersonalIdentityNumber.luhnValid(ten), ten);
            String wrong = nine + ((ten.charAt(9) - '0' + 1) % 10);
            assertFalse(PersonalIdentityNumber.luhnValid(wrong), wrong);
        }
    }

    @org.junit.jupiter.api.Test
    void aSamordningsnummerHasSixtyAddedToTheDay() {
        PersonalIdentityNumber number =
                PersonalIdentityNumber.parse("19701063-2391", TODAY).orElseThrow();
        assertTrue(number.isCoordinationNumber());
        assertFalse(
                PersonalIdentityNumber.parse("19121212-1212", TODAY)
                        .orElseThrow()
                        .isCoordinationNumber());
        // Day 92 is 32 + 60: no such date.
        assertTrue(PersonalIdentityNumber.parse(withCheckDigit("701092239"), TODAY).isEmpty());
    }

    @org.junit.jupiter.api.Test
    void theTenDigitFormTakesTheLatestCenturyNotInTheFuture() {
        // Born 2026-11-22 (today): this century; born 2026-11-23 would be tomorrow: 1926.
        assertEquals(
                "20261122",
                PersonalIdentityNumber.parse(withCheckDigit("261122123"), TODAY)
                        .orElseThrow()
                        .digits()
                        .substring(0, 8));
        assertEquals(
                "19261123",
                PersonalIdentityNumber.parse(withCheckDigit("261123123"), TODAY)
                        .orElseThrow()
                        .digits()
                        .substring(0, 8));
    }

    @org.junit.jupiter.api.Test
    void leapDaysAreRealOnlyInLeapYears() {
        assertTrue(
                PersonalIdentityNumber.parse("20" + withCheckDigit("000229123"), TODAY)
                        .isPresent());
        assertTrue(
                PersonalIdentityNumber.parse("19" + withCheckDigit("000229123"), TODAY).isEmpty());
        assertTrue(
                PersonalIdentityNumber.parse("20" + withCheckDigit("230229123"), TODAY).isEmpty());
    }

    @org.junit.jupiter.api.Test
    void neverPrintsTheNumber() {
        PersonalIdentityNumber number =
                PersonalIdentityNumber.parse("19121212-1212", TODAY).orElseThrow();
        assertFalse(number.toString().contains("1212"));
        assertEquals("19121212-1212", number.formatted());
    }
}
