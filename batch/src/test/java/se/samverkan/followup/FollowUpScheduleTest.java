package se.samverkan.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class FollowUpScheduleTest {

    @Test
    void theDefaultIsTheFifteenthOfJanuaryAtSixInStockholm() {
        FollowUpSchedule.Moment moment = FollowUpSchedule.Moment.configured();
        assertEquals(new FollowUpSchedule.Moment(1, 15, 6), moment);
        var expression = moment.expression();
        assertEquals("1", expression.getMonth());
        assertEquals("15", expression.getDayOfMonth());
        assertEquals("6", expression.getHour());
        assertEquals("Europe/Stockholm", expression.getTimezone());
    }

    @Test
    void aRunCompilesTheYearThatHasEndedInSwedishTime() {
        // 23:30 UTC on New Year's Eve is already the new year in Stockholm.
        assertEquals(
                2026, FollowUpSchedule.previousYear(ZonedDateTime.parse("2026-12-31T23:30:00Z")));
        assertEquals(
                2025, FollowUpSchedule.previousYear(ZonedDateTime.parse("2026-01-15T05:00:00Z")));
    }
}
