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
}
