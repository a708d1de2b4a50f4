package se.samverkan.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samverkan.deadlines.ClockLength;

class DeadlinePolicyTest {

    @Test
    void theDefaultsAreThoseOfTheRoutinesAndTheGuidance() {
        DeadlinePolicy policy = DeadlinePolicy.from(Map.<String, String>of()::get);

        assertEquals(ClockLength.workingDays(3), policy.acknowledgement(CaseType.DEVIATION));
        assertEquals(ClockLength.workingDays(3), policy.acknowledgement(CaseType.COMPLAINT));
        assertEquals(ClockLength.calendarDays(60), policy.answer(CaseType.DEVIATION));
        assertEquals(ClockLength.calendarDays(28), policy.answer(CaseType.COMPLAINT));
    }

    @Test
    void eachClockOfEachTypeHasItsOwnLengthAndUnit() {
        DeadlinePolicy policy =
                DeadlinePolicy.from(
                        Map.of(
                                        "SAMVERKAN_DEVIATION_ACKNOWLEDGEMENT_CLOCK",
                                                "2 working days",
                                        "SAMVERKAN_COMPLAINT_ACKNOWLEDGEMENT_CLOCK",
                                                "5 calendar days",
                                        "SAMVERKAN_DEVIATION_ANSWER_CLOCK", "40 working days",
                                        "SAMVERKAN_COMPLAINT_ANSWER_CLOCK", "21 calendar days")
                                ::get);

        assertEquals(ClockLength.workingDays(2), policy.acknowledgement(CaseType.DEVIATION));
        assertEquals(ClockLength.calendarDays(5), policy.acknowledgement(CaseType.COMPLAINT));
        assertEquals(ClockLength.workingDays(40), policy.answer(CaseType.DEVIATION));
        assertEquals(ClockLength.calendarDays(21), policy.answer(CaseType.COMPLAINT));
    }

    /** An installation that set the first version's variables keeps the clocks it chose. */
    @Test
    void theFirstVersionsWorkingDayVariablesStillCountWhereTheNewOnesAreUnset() {
        DeadlinePolicy policy =
                DeadlinePolicy.from(
                        Map.of(
                                        "SAMVERKAN_ACKNOWLEDGE_WORKING_DAYS", "4",
                                        "SAMVERKAN_COMPLAINT_ANSWER_WORKING_DAYS", "20",
                                        "SAMVERKAN_DEVIATION_ANSWER_CLOCK", "50 calendar days")
                                ::get);

        assertEquals(ClockLength.workingDays(4), policy.acknowledgement(CaseType.DEVIATION));
        assertEquals(ClockLength.workingDays(4), policy.acknowledgement(CaseType.COMPLAINT));
        assertEquals(ClockLength.workingDays(20), policy.answer(CaseType.COMPLAINT));
        assertEquals(ClockLength.calendarDays(50), policy.answer(CaseType.DEVIATION));
    }

    @Test
    void aValueThatIsNotAClockNamesItsVariable() {
        IllegalArgumentException refused =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                DeadlinePolicy.from(
                                        Map.of("SAMVERKAN_COMPLAINT_ANSWER_CLOCK", "4 weeks")
                                                ::get));
        assertTrue(
                refused.getMessage().startsWith("SAMVERKAN_COMPLAINT_ANSWER_CLOCK"),
                refused::getMessage);
    }
}
