package se.samverkan.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The time of the county. One place for "now", so that clocks, deadlines and tests agree, and so
 * that every timestamp the system writes carries the Swedish offset of its moment.
 */
@ApplicationScoped
public class TimeSource {

    public static final ZoneId COUNTY = ZoneId.of("Europe/Stockholm");

    public OffsetDateTime now() {
        return OffsetDateTime.now(COUNTY);
    }

    /** The same moment with the county's offset (+01:00 or +02:00); null stays null. */
    public static OffsetDateTime inCounty(OffsetDateTime moment) {
        return moment == null ? null : moment.atZoneSameInstant(COUNTY).toOffsetDateTime();
    }
}
