package se.samverkan.followup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Compiles the previous year once a year, by default on 15 January at 06:00 Swedish time ({@code
 * SAMVERKAN_FOLLOW_UP_MONTH}, {@code …_DAY}, {@code …_HOUR}). The timer is persistent, so a run
 * missed while the server was down happens when it is back; it is made once and remade only when
 * the configured moment changes.
 */
@Singleton
@Startup
public class FollowUpSchedule {

    private static final Logger LOG = Logger.getLogger(FollowUpSchedule.class.getName());
    static final String INFO = "samverkan-yearly-follow-up";

    @Resource TimerService timers;

    @Inject FollowUps followUps;

    /** When the yearly run happens. */
    public record Moment(int month, int day, int hour) {
        static Moment configured() {
            return new Moment(
                    setting("SAMVERKAN_FOLLOW_UP_MONTH", 1, 1, 12),
                    setting("SAMVERKAN_FOLLOW_UP_DAY", 15, 1, 28),
                    setting("SAMVERKAN_FOLLOW_UP_HOUR", 6, 0, 23));
        }

        ScheduleExpression expression() {
            return new ScheduleExpression()
                    .month(month)
                    .dayOfMonth(day)
                    .hour(hour)
                    .minute(0)
                    .second(0)
                    .timezone(YearFigures.COUNTY.getId());
        }

        String describe() {
            return month + "/" + day + " " + hour + ":00 " + YearFigures.COUNTY.getId();
        }
    }

    @PostConstruct
    void schedule() {
        Moment moment = Moment.configured();
        String info = INFO + " " + moment.describe();
        boolean present = false;
        for (Timer timer : timers.getTimers()) {
            if (timer.getInfo() instanceof String s && s.startsWith(INFO)) {
                if (s.equals(info)) {
                    present = true;
                } else {
                    timer.cancel();
                }
            }
        }
        if (!present) {
            timers.createCalendarTimer(moment.expression(), new TimerConfig(info, true));
        }
    }

    @Timeout
    void compileLastYear(Timer timer) {
        int year = previousYear(ZonedDateTime.now(YearFigures.COUNTY));
        LOG.info("The yearly follow-up of " + year + " starts on its schedule");
        followUps.start(year);
    }

    /** The year a run at {@code now} compiles: the one that has ended. */
    static int previousYear(ZonedDateTime now) {
        return now.withZoneSameInstant(YearFigures.COUNTY).getYear() - 1;
    }

    /** When the yearly run happens next, for the page and the tests. */
    public Optional<Date> nextRun() {
        return timers.getTimers().stream()
                .filter(t -> t.getInfo() instanceof String s && s.startsWith(INFO))
                .map(Timer::getNextTimeout)
                .findFirst();
    }

    private static int setting(String variable, int fallback, int min, int max) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        int parsed = Integer.parseInt(value.trim());
        if (parsed < min || parsed > max) {
            throw new IllegalArgumentException(variable + " must be " + min + "–" + max);
        }
        return parsed;
    }
}
