package se.samverkan.patient;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Swedish personnummer or samordningsnummer (coordination number), kept as its twelve digits
 * {@code YYYYMMDDNNNC}.
 *
 * <p>Accepted forms: ten or twelve digits, with or without the separator ({@code -}, or {@code +}
 * for a person a hundred years or older in the ten-digit form). Valid when the check digit is right
 * (the Luhn algorithm over the ten-digit form) and the date is a real date that is not in the
 * future; a samordningsnummer is the same with sixty added to the day.
 */
public record PersonalIdentityNumber(String digits) {

    private static final Pattern FORM = Pattern.compile("(\\d{2})?(\\d{6})([-+]?)(\\d{4})");

    public PersonalIdentityNumber {
        Objects.requireNonNull(digits);
        if (!digits.matches("\\d{12}")) {
            throw new IllegalArgumentException("twelve digits expected");
        }
    }

    /** The number in a text of one of the accepted forms, valid on {@code today}; else empty. */
    public static Optional<PersonalIdentityNumber> parse(String text, LocalDate today) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return of(m.group(1), m.group(2), m.group(3), m.group(4), today);
    }

    static Optional<PersonalIdentityNumber> of(
            String century, String yymmdd, String separator, String last4, LocalDate today) {
        String ten = yymmdd + last4;
        if (!luhnValid(ten)) {
            return Optional.empty();
        }
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        int month = Integer.parseInt(yymmdd.substring(2, 4));
        int day = Integer.parseInt(yymmdd.substring(4, 6));
        if (day > 60) {
            day -= 60; // samordningsnummer
        }
        int year;
        if (century != null) {
            if ("+".equals(separator)) {
                return Optional.empty(); // "+" belongs to the ten-digit form only
            }
            year = Integer.parseInt(century) * 100 + yy;
        } else {
            // The latest year ending in yy that is not after today; "+" means a hundred more.
            year = today.getYear() - Math.floorMod(today.getYear() - yy, 100);
            if ("+".equals(separator)) {
                year -= 100;
            }
        }
        LocalDate born;
        try {
            born = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        if (century == null && born.isAfter(today)) {
            born = born.minusYears(100);
            year -= 100;
            try {
                born = LocalDate.of(year, month, day); // 29 February of a century
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        if (born.isAfter(today) || year < 1850) {
            return Optional.empty();
        }
        return Optional.of(
                new PersonalIdentityNumber(String.format("%04d", year) + ten.substring(2)));
    }

    /** The Luhn check over ten digits: weights 2, 1, 2, … and the tenth digit as the check. */
    static boolean luhnValid(String ten) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int product = (ten.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product > 9 ? product - 9 : product;
        }
        return (10 - sum % 10) % 10 == ten.charAt(9) - '0';
    }

    public boolean isCoordinationNumber() {
        return Integer.parseInt(digits.substring(6, 8)) > 60;
    }

    /** {@code YYYYMMDD-NNNC}, the form people read. */
    public String formatted() {
        return digits.substring(0, 8) + "-" + digits.substring(8);
    }

    /** Never the number itself: a record's default would print it into any log it reaches. */
    @Override
    public String toString() {
        return "PersonalIdentityNumber[redacted]";
    }
}
