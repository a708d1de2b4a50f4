package se.samverkan.followup;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The follow-up's table ({@code follow_up}: a year's latest execution and its published figures)
 * and the few queries besides the job's reading: the size of a year, the year before's totals, and
 * the exact answer times of the percentiles' minutes.
 */
@Stateless
// Reads run outside any transaction: the job's chunk transaction already holds the job
// repository's datasource, and a second local resource cannot join it. Writes have their own.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FollowUpStore {

    @Resource(lookup = "java:jboss/datasources/SamverkanDS")
    DataSource data;

    /** A compiled or compiling year: its latest execution, its size, its document if done. */
    public record Entry(
            int year,
            Long executionId,
            long totalCases,
            Instant generatedAt,
            Optional<String> document) {}

    public Optional<Entry> find(int year) {
        List<Entry> found = entries(" WHERE report_year = ?", year);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The years that have a row, newest first. */
    public List<Entry> all() {
        return entries(" ORDER BY report_year DESC", null);
    }

    private List<Entry> entries(String where, Integer year) {
        List<Entry> entries = new java.util.ArrayList<>();
        try (Connection c = data.getConnection();
                PreparedStatement q =
                        c.prepareStatement(
                                "SELECT report_year, execution_id, total_cases, generated_at,"
                                        + " document FROM follow_up"
                                        + where)) {
            if (year != null) {
                q.setInt(1, year);
            }
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    Timestamp generated = r.getTimestamp(4);
                    entries.add(
                            new Entry(
                                    r.getInt(1),
                                    (Long) r.getObject(2, Long.class),
                                    r.getLong(3),
                                    generated == null ? null : generated.toInstant(),
                                    Optional.ofNullable(r.getString(5))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the follow-ups", e);
        }
        return entries;
    }

    /** Notes a new execution of the year; an earlier document stays until the new one is done. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void started(int year, long executionId) {
        long total = totals(year).cases();
        try (Connection c = data.getConnection()) {
            int updated;
            try (PreparedStatement u =
                    c.prepareStatement(
                            "UPDATE follow_up SET execution_id = ?, total_cases = ? WHERE report_year = ?")) {
                u.setLong(1, executionId);
                u.setLong(2, total);
                u.setInt(3, year);
                updated = u.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement i =
                        c.prepareStatement(
                                "INSERT INTO follow_up (report_year, execution_id, total_cases)"
                                        + " VALUES (?, ?, ?)")) {
                    i.setInt(1, year);
                    i.setLong(2, executionId);
                    i.setLong(3, total);
                    i.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("noting the follow-up of " + year, e);
        }
    }

    /** Replaces the year's document with the one just compiled. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void publish(int year, Instant generatedAt, String document) {
        try (Connection c = data.getConnection();
                PreparedStatement u =
                        c.prepareStatement(
                                "UPDATE follow_up SET generated_at = ?, document = ? WHERE report_year = ?")) {
            u.setTimestamp(1, Timestamp.from(generatedAt));
            u.setString(2, document);
            u.setInt(3, year);
            if (u.executeUpdate() != 1) {
                throw new IllegalStateException("no follow-up row for " + year);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("publishing the follow-up of " + year, e);
        }
    }

    /** A page of the year's cases after {@code after}, in submission order (the job's reading). */
    public List<CaseRow> page(int year, CaseRows.Position after, int size) throws SQLException {
        return CaseRows.page(data, year, after, size);
    }

    /** Cases, deviations, complaints and serious cases submitted in the year. */
    public record Totals(long cases, long deviations, long complaints, long serious) {}

    public Totals totals(int year) {
        try (Connection c = data.getConnection();
                PreparedStatement q =
                        c.prepareStatement(
                                "SELECT COUNT(*),"
                                        + " COALESCE(SUM(CASE WHEN case_type = 'DEVIATION' THEN 1 ELSE 0 END), 0),"
                                        + " COALESCE(SUM(CASE WHEN case_type = 'COMPLAINT' THEN 1 ELSE 0 END), 0),"
                                        + " COALESCE(SUM(CASE WHEN consequence >= 3 OR serious_event"
                                        + " OR COALESCE(assessed_consequence, 0) >= 3 THEN 1 ELSE 0 END), 0)"
                                        + " FROM cases WHERE submitted_at >= ? AND submitted_at < ?")) {
            q.setTimestamp(1, Timestamp.from(YearFigures.start(year)));
            q.setTimestamp(2, Timestamp.from(YearFigures.end(year)));
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return new Totals(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("counting " + year, e);
        }
    }

    /**
     * The exact answer times, in seconds, of the answered cases of the year whose time falls in one
     * of {@code minutes}, sorted: one more reading of the year, keeping only a handful.
     */
    public Map<Long, List<Long>> answerSecondsIn(int year, java.util.Set<Long> minutes)
            throws SQLException {
        Map<Long, List<Long>> found = new HashMap<>();
        minutes.forEach(m -> found.put(m, new java.util.ArrayList<>()));
        CaseRows.Position position = CaseRows.before(year);
        int size = 10_000;
        while (true) {
            List<CaseRows.AnswerTime> page = CaseRows.answerTimes(data, year, position, size);
            for (CaseRows.AnswerTime time : page) {
                List<Long> bucket = found.get(Math.floorDiv(time.seconds(), 60));
                if (bucket != null) {
                    bucket.add(time.seconds());
                }
            }
            if (page.size() < size) {
                break;
            }
            position = page.get(page.size() - 1).position();
        }
        found.values().forEach(list -> list.sort(null));
        return new TreeMap<>(found);
    }
}
