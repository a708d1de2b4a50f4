package se.samverkan.followup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The follow-up's one query: a page of a year's cases after a position, in submission order (index
 * {@code cases_submitted_ix}), with the principals' kinds. Only what the figures need.
 */
public final class CaseRows {

    /** A position in submission order: after this submission time and id. */
    public record Position(Instant submittedAt, long id) implements java.io.Serializable {}

    /**
     * After a position, before the year's end. The plain {@code submitted_at >= ?} is what lets the
     * database start the index range at the position: with only the {@code or} it read the year
     * from its start for every page (measured: 154 s for a million cases, quadratic).
     */
    private static final String KEYSET =
            " WHERE c.submitted_at >= ? AND c.submitted_at < ?"
                    + " AND (c.submitted_at > ? OR c.id > ?)";

    private static final String PAGE =
            "SELECT c.id, c.submitted_at, c.case_type, c.reporting_principal_id, rp.kind,"
                    + " c.concerned_principal_id, cp.kind, c.area_code, c.consequence,"
                    + " c.serious_event, c.assessed_consequence, c.answer_due, c.answered_at,"
                    + " c.closed_at, c.forward_count, c.escalated"
                    + " FROM cases c"
                    + " JOIN principal rp ON rp.id = c.reporting_principal_id"
                    + " JOIN principal cp ON cp.id = c.concerned_principal_id"
                    + KEYSET
                    + " ORDER BY c.submitted_at, c.id"
                    + " FETCH FIRST ? ROWS ONLY";

    private static final String ANSWER_TIMES =
            "SELECT c.id, c.submitted_at, c.answered_at FROM cases c"
                    + KEYSET
                    + " AND c.answered_at IS NOT NULL"
                    + " ORDER BY c.submitted_at, c.id"
                    + " FETCH FIRST ? ROWS ONLY";

    /** One answered case's answer time, and where it stands in submission order. */
    record AnswerTime(Position position, long seconds) {}

    private CaseRows() {}

    /**
     * A page of the answer times of a year's answered cases after a position: the percentiles'
     * second reading needs no more than these three columns, and no join.
     */
    static List<AnswerTime> answerTimes(DataSource data, int year, Position after, int size)
            throws SQLException {
        return read(
                data,
                ANSWER_TIMES,
                year,
                after,
                size,
                r -> {
                    Instant submitted = instant(r, 2);
                    return new AnswerTime(
                            new Position(submitted, r.getLong(1)),
                            instant(r, 3).getEpochSecond() - submitted.getEpochSecond());
                });
    }

    static Position before(int year) {
        return new Position(YearFigures.start(year).minusNanos(1000), Long.MAX_VALUE);
    }

    static List<CaseRow> page(DataSource data, int year, Position after, int size)
            throws SQLException {
        return read(
                data,
                PAGE,
                year,
                after,
                size,
                r -> {
                    Integer assessed = (Integer) r.getObject(11, Integer.class);
                    int consequence = r.getInt(9);
                    return new CaseRow(
                            r.getLong(1),
                            instant(r, 2),
                            r.getString(3),
                            r.getString(4),
                            r.getString(5),
                            r.getString(6),
                            r.getString(7),
                            r.getString(8),
                            consequence,
                            consequence >= 3
                                    || r.getBoolean(10)
                                    || (assessed != null && assessed >= 3)
                                    || r.getBoolean(16),
                            instant(r, 12),
                            instant(r, 13),
                            instant(r, 14),
                            r.getInt(15) > 0);
                });
    }

    /** One row of a result as what the caller wants of it. */
    @FunctionalInterface
    private interface Row<T> {
        T of(ResultSet r) throws SQLException;
    }

    /** Runs a {@link #KEYSET} query for a page of {@code size} after {@code after}. */
    private static <T> List<T> read(
            DataSource data, String sql, int year, Position after, int size, Row<T> row)
            throws SQLException {
        List<T> found = new ArrayList<>(size);
        try (Connection connection = data.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            Timestamp from = Timestamp.from(after.submittedAt());
            query.setTimestamp(1, from);
            query.setTimestamp(2, Timestamp.from(YearFigures.end(year)));
            query.setTimestamp(3, from);
            query.setLong(4, after.id());
            query.setInt(5, size);
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    found.add(row.of(r));
                }
            }
        }
        return found;
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
