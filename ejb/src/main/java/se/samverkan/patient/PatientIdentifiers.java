package se.samverkan.patient;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a personnummer or samordningsnummer written into free text.
 *
 * <p>A candidate is ten or twelve digits standing alone (no digit right before or after), with or
 * without a separator before the last four; it counts only if it is a valid number ({@link
 * PersonalIdentityNumber}): check digit right and a real date. Phone numbers, room numbers and
 * dates rarely pass both tests, so they are let through.
 */
public final class PatientIdentifiers {

    private static final Pattern CANDIDATE =
            Pattern.compile("(?<!\\d)(\\d{2})?(\\d{6})([-+]?)(\\d{4})(?!\\d)");

    private PatientIdentifiers() {}

    /** Whether any of the texts holds a valid personnummer or samordningsnummer. */
    public static boolean anyIn(LocalDate today, String... texts) {
        for (String text : texts) {
            if (text != null && containsOne(text, today)) {
                return true;
            }
        }
        return false;
    }

    static boolean containsOne(String text, LocalDate today) {
        Matcher m = CANDIDATE.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            if (PersonalIdentityNumber.of(m.group(1), m.group(2), m.group(3), m.group(4), today)
                    .isPresent()) {
                return true;
            }
            // A twelve-digit run may hide a ten-digit number after its first two digits.
            if (m.group(1) != null
                    && PersonalIdentityNumber.of(null, m.group(2), m.group(3), m.group(4), today)
                            .isPresent()) {
                return true;
            }
            from = m.start() + 1;
        }
        return false;
    }
}
