package se.samverkan.followup;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of one year as the contract defines them, accumulated one case at a time so that a
 * job can read any number of cases in a small heap, keep this as its checkpoint and, restarted, go
 * on from there to exactly the same result.
 *
 * <p>Definitions (CONTRACT.md, "Yearly follow-up"): a case belongs to the year and month of its
 * {@code submittedAt} in Europe/Stockholm; direction is the reporting principal's kind to the
 * concerned principal's; days to answer are (answeredAt − submittedAt) in hours / 24, and their
 * median and 90th percentile are taken by the nearest-rank method. To stay small, the answer times
 * are kept as a histogram of whole minutes; the percentile's exact value is then read from the
 * cases of its one minute ({@link #rankBucket}), which a second, tiny query does.
 */
public final class YearFigures implements Serializable {

    private static final long serialVersionUID = 2L;

    public static final ZoneId COUNTY = ZoneId.of("Europe/Stockholm");

    private final int year;
    private final Instant yearEnd;
    private long cases;
    private long deviations;
    private long complaints;
    private long serious;
    private final TreeMap<String, Long> byDirection = new TreeMap<>();
    private final TreeMap<String, long[]> byPrincipal = new TreeMap<>();
    private final TreeMap<String, Long> byArea = new TreeMap<>();
    private final long[] byConsequence = new long[5];
    private final long[] byMonth = new long[12];
    private long answered;
    private long answeredWithinDeadline;
    // Up to one entry a minute of answer time: over a hundred thousand. The checkpoint writes them
    // compactly (writeObject), as the chunk's every commit saves them.
    private transient TreeMap<Long, Long> answerMinutes = new TreeMap<>();
    private final long[] answerDelay = new long[DELAYS.length];
    private long forwarded;
    private long openAtYearEnd;
    private long lastId;

    /**
     * The answered cases by how their answer stood to its deadline, in days of (answeredAt −
     * answerDue): more than 7 before, 0–7 before (or at), 1–7 late, 8–30 late, more than 30 late.
     * The first two together are {@code answeredWithinDeadline}.
     */
    public static final String[] DELAYS = {
        "EARLY_OVER_7", "EARLY_0_7", "LATE_1_7", "LATE_8_30", "LATE_OVER_30"
    };

    private static final long DAY = 86_400;

    public YearFigures(int year) {
        this.year = year;
        this.yearEnd = LocalDate.of(year + 1, 1, 1).atStartOfDay(COUNTY).toInstant();
    }

    /** The first and the last instant of the year in the county, for the reader's query. */
    public static Instant start(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(COUNTY).toInstant();
    }

    public static Instant end(int year) {
        return start(year + 1);
    }

    public int year() {
        return year;
    }

    /** Adds one case of the year; a case of another year is a mistake of the reader. */
    public void add(CaseRow c) {
        ZonedDateTime submitted = c.submittedAt().atZone(COUNTY);
        if (submitted.getYear() != year) {
            throw new IllegalArgumentException("case " + c.id() + " is not of " + year);
        }
        cases++;
        if ("COMPLAINT".equals(c.type())) {
            complaints++;
        } else {
            deviations++;
        }
        if (c.serious()) {
            serious++;
        }
        byDirection.merge(c.reportingKind() + "_TO_" + c.concernedKind(), 1L, Long::sum);
        byPrincipal.computeIfAbsent(c.reportingPrincipalId(), k -> new long[2])[0]++;
        byPrincipal.computeIfAbsent(c.concernedPrincipalId(), k -> new long[2])[1]++;
        byArea.merge(c.areaCode(), 1L, Long::sum);
        byConsequence[c.consequence()]++;
        byMonth[submitted.getMonthValue() - 1]++;
        if (c.answeredAt() != null) {
            answered++;
            if (!c.answeredAt().isAfter(c.answerDue())) {
                answeredWithinDeadline++;
            }
            long minutes =
                    Math.floorDiv(
                            c.answeredAt().getEpochSecond() - c.submittedAt().getEpochSecond(), 60);
            answerMinutes.merge(minutes, 1L, Long::sum);
            answerDelay[
                    delayBucket(
                            c.answeredAt().getEpochSecond() - c.answerDue().getEpochSecond())]++;
        }
        if (c.forwarded()) {
            forwarded++;
        }
        if (c.closedAt() == null || !c.closedAt().isBefore(yearEnd)) {
            openAtYearEnd++;
        }
        lastId = Math.max(lastId, c.id());
    }

    /** Which of {@link #DELAYS} an answer {@code seconds} after its deadline falls in. */
    static int delayBucket(long seconds) {
        if (seconds <= 0) {
            return seconds < -7 * DAY ? 0 : 1;
        }
        return seconds <= 7 * DAY ? 2 : seconds <= 30 * DAY ? 3 : 4;
    }

    /** Answered cases per {@link #DELAYS} bucket, in that order. */
    public long[] answerDelay() {
        return answerDelay.clone();
    }

    /**
     * The answer minutes as varints, keys as differences from the one before: a checkpoint of a
     * hundred thousand minutes is then a few hundred kilobytes, not megabytes of boxed longs.
     */
    private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
        out.defaultWriteObject();
        out.writeInt(answerMinutes.size());
        long previous = 0;
        for (Map.Entry<Long, Long> minute : answerMinutes.entrySet()) {
            writeVarLong(out, zigzag(minute.getKey() - previous));
            writeVarLong(out, minute.getValue());
            previous = minute.getKey();
        }
    }

    private void readObject(java.io.ObjectInputStream in)
            throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        answerMinutes = new TreeMap<>();
        int size = in.readInt();
        long previous = 0;
        for (int i = 0; i < size; i++) {
            long minute = previous + unzigzag(readVarLong(in));
            answerMinutes.put(minute, readVarLong(in));
            previous = minute;
        }
    }

    private static long zigzag(long n) {
        return (n << 1) ^ (n >> 63);
    }

    private static long unzigzag(long n) {
        return (n >>> 1) ^ -(n & 1);
    }

    private static void writeVarLong(java.io.DataOutput out, long n) throws java.io.IOException {
        while ((n & ~0x7FL) != 0) {
            out.writeByte((int) ((n & 0x7F) | 0x80));
            n >>>= 7;
        }
        out.writeByte((int) n);
    }

    private static long readVarLong(java.io.DataInput in) throws java.io.IOException {
        long n = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = in.readByte();
            n |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return n;
            }
        }
    }

    /** The highest case id added: where a restarted reader goes on from. */
    public long lastId() {
        return lastId;
    }

    /** The nearest rank of percentile {@code p} (0 < p ≤ 1) among the answered cases: ⌈p·n⌉. */
    public long rank(double p) {
        return answered == 0 ? 0 : (long) Math.ceil(p * answered);
    }

    /**
     * The minute of answer time that holds the case of nearest rank {@code rank}, and how many
     * answered cases lie in earlier minutes: the exact value is the ({@code rank − before})-th
     * smallest time of that minute.
     */
    public Bucket rankBucket(long rank) {
        long before = 0;
        for (Map.Entry<Long, Long> minute : answerMinutes.entrySet()) {
            if (before + minute.getValue() >= rank) {
                return new Bucket(minute.getKey(), before);
            }
            before += minute.getValue();
        }
        throw new IllegalArgumentException("rank " + rank + " of " + answered);
    }

    /** A minute of answer time, and the count of answered cases before it. */
    public record Bucket(long minute, long before) implements Serializable {}

    /** Days to answer from seconds, rounded to one decimal as the contract says (half up). */
    public static BigDecimal days(long seconds) {
        return BigDecimal.valueOf(seconds)
                .divide(BigDecimal.valueOf(86_400), 10, RoundingMode.HALF_UP)
                .setScale(1, RoundingMode.HALF_UP);
    }

    public long cases() {
        return cases;
    }

    public long deviations() {
        return deviations;
    }

    public long complaints() {
        return complaints;
    }

    public long serious() {
        return serious;
    }

    public Map<String, Long> byDirection() {
        return Map.copyOf(byDirection);
    }

    /** Per principal: cases it reported and cases that concerned it. */
    public Map<String, long[]> byPrincipal() {
        TreeMap<String, long[]> copy = new TreeMap<>();
        byPrincipal.forEach((k, v) -> copy.put(k, v.clone()));
        return copy;
    }

    public Map<String, Long> byArea() {
        return Map.copyOf(byArea);
    }

    /** Cases by the reporter's consequence 1–4 (index 0 unused). */
    public long[] byConsequence() {
        return byConsequence.clone();
    }

    public long[] byMonth() {
        return byMonth.clone();
    }

    public long answered() {
        return answered;
    }

    public long answeredWithinDeadline() {
        return answeredWithinDeadline;
    }

    public long forwarded() {
        return forwarded;
    }

    public long openAtYearEnd() {
        return openAtYearEnd;
    }

    /** The contract's {@code escalations}: the year's serious cases. */
    public long escalations() {
        return serious;
    }
}
