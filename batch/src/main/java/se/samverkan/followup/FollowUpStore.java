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
            long countedCases,
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
                                        + " document, counted_cases FROM follow_up"
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
                                    r.getLong(6),
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
                            "UPDATE follow_up SET execution_id = ?, total_cases = ?, counted_cases = 0"
                                    + " WHERE report_year = ?")) {
                u.setLong(1, executionId);
                u.setLong(2, total);
                u.setInt(3, year);
                updated = u.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement i =
                        c.prepareStatement(
                                "INSERT INTO follow_up (report_year, execution_id, total_cases,"
                                        + " counted_cases) VALUES (?, ?, ?, 0)")) {
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

    /**
     * How many of the year's cases the running job has counted, its checkpoint included: a
     * restarted run's share done is then true from its first chunk on.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void counted(int year, long cases) {
        try (Connection c = data.getConnection();
                PreparedStatement u =
                        c.prepareStatement(
                                "UPDATE follow_up SET counted_cases = ? WHERE report_year = ?")) {
            u.setLong(1, cases);
            u.setInt(2, year);
            u.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("noting the progress of " + year, e);
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

    /** Cases, deviations, complaints and serious cases submitted in the year, and per month. */
    public record Totals(
            long cases, long deviations, long complaints, long serious, long[] byMonth) {}

    private static final String TOTALS;

    static {
        StringBuilder sql =
                new StringBuilder(
                        "SELECT COUNT(*),"
                                + " COALESCE(SUM(CASE WHEN case_type = 'DEVIATION' THEN 1 ELSE 0 END), 0),"
                                + " COALESCE(SUM(CASE WHEN case_type = 'COMPLAINT' THEN 1 ELSE 0 END), 0),"
                                + " COALESCE(SUM(CASE WHEN consequence >= 3 OR serious_event OR escalated"
                                + " OR COALESCE(assessed_consequence, 0) >= 3 THEN 1 ELSE 0 END), 0)");
        for (int m = 0; m < 12; m++) {
            sql.append(
                    ", COALESCE(SUM(CASE WHEN submitted_at >= ? AND submitted_at < ?"
                            + " THEN 1 ELSE 0 END), 0)");
        }
        TOTALS = sql.append(" FROM cases WHERE submitted_at >= ? AND submitted_at < ?").toString();
    }

    public Totals totals(int year) {
        try (Connection c = data.getConnection();
                PreparedStatement q = c.prepareStatement(TOTALS)) {
            int p = 1;
            for (int m = 1; m <= 12; m++) {
                q.setTimestamp(p++, Timestamp.from(monthStart(year, m)));
                q.setTimestamp(
                        p++,
                        Timestamp.from(
                                monthStart(year, m)
                                        .atZone(YearFigures.COUNTY)
                                        .plusMonths(1)
                                        .toInstant()));
            }
            q.setTimestamp(p++, Timestamp.from(YearFigures.start(year)));
            q.setTimestamp(p, Timestamp.from(YearFigures.end(year)));
            try (ResultSet r = q.executeQuery()) {
                r.next();
                long[] months = new long[12];
                for (int m = 0; m < 12; m++) {
                    months[m] = r.getLong(5 + m);
                }
                return new Totals(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), months);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("counting " + year, e);
        }
    }

    private static Instant monthStart(int year, int month) {
        return java.time.LocalDate.of(year, month, 1).atStartOfDay(YearFigures.COUNTY).toInstant();
    }

    /** The measures of one area's cases: how many cases and measures, and the most common. */
    public record AreaMeasures(
            String areaCode, long cases, long measures, List<CommonMeasure> common) {}

    /** A measure's text and how many of the area's cases took it. */
    public record CommonMeasure(String description, long count) {}

    /** How many of the most common measures of an area the follow-up shows. */
    static final int COMMON_MEASURES = 10;

    /**
     * The measures of the current answer of each of the year's cases (its last: an answer the
     * reporter returned was replaced by a later one), with the year's bounds as parameters 1 and 2.
     * The unique index on (case_id, answer_number) answers the {@code NOT EXISTS}.
     */
    private static final String CURRENT_MEASURES =
            " FROM cases c JOIN case_answer a ON a.case_id = c.id"
                    + " JOIN case_answer_measure m ON m.answer_id = a.id"
                    + " WHERE c.submitted_at >= ? AND c.submitted_at < ?"
                    + " AND NOT EXISTS (SELECT 1 FROM case_answer later"
                    + " WHERE later.case_id = a.case_id AND later.answer_number > a.answer_number)";

    /**
     * The measures taken in the year's cases, by area: counts, and the {@value #COMMON_MEASURES}
     * most common texts of each area. The database groups and ranks them, so the heap holds only
     * what is shown. A text that would hold a personnummer (the answer refuses one; history
     * imported long ago might not) is never shown.
     */
    public List<AreaMeasures> measuresByArea(int year) {
        Map<String, AreaMeasures> areas = new java.util.TreeMap<>();
        Timestamp from = Timestamp.from(YearFigures.start(year));
        Timestamp to = Timestamp.from(YearFigures.end(year));
        try (Connection c = data.getConnection()) {
            try (PreparedStatement q =
                    c.prepareStatement(
                            "SELECT c.area_code, COUNT(DISTINCT c.id), COUNT(*)"
                                    + CURRENT_MEASURES
                                    + " GROUP BY c.area_code")) {
                q.setTimestamp(1, from);
                q.setTimestamp(2, to);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        areas.put(
                                r.getString(1),
                                new AreaMeasures(
                                        r.getString(1),
                                        r.getLong(2),
                                        r.getLong(3),
                                        new java.util.ArrayList<>()));
                    }
                }
            }
            try (PreparedStatement q =
                    c.prepareStatement(
                            "SELECT area_code, description, n FROM ("
                                    + "SELECT c.area_code, m.description, COUNT(*) AS n,"
                                    + " ROW_NUMBER() OVER (PARTITION BY c.area_code"
                                    + " ORDER BY COUNT(*) DESC, m.description) AS r"
                                    + CURRENT_MEASURES
                                    + " GROUP BY c.area_code, m.description) ranked"
                                    + " WHERE r <= ? ORDER BY area_code, r")) {
                q.setTimestamp(1, from);
                q.setTimestamp(2, to);
                q.setInt(3, COMMON_MEASURES);
                java.time.LocalDate today = java.time.LocalDate.now(YearFigures.COUNTY);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        String text = r.getString(2);
                        if (!se.samverkan.patient.PatientIdentifiers.anyIn(today, text)) {
                            areas.get(r.getString(1))
                                    .common()
                                    .add(new CommonMeasure(text, r.getLong(3)));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the measures of " + year, e);
        }
        return List.copyOf(areas.values());
    }

    /** A line of the forum's register as the follow-up prints it. */
    public record RegisterLine(
            String caseNumber,
            String areaCode,
            String kind,
            String subject,
            Instant raisedAt,
            String raisedByPrincipalId,
            String ownerPrincipalId,
            String status) {}

    /**
     * The forum's register for the year: the matters raised in it, and those raised before that
     * were not resolved when it began; each with its owner and its status now. Oldest first.
     */
    public List<RegisterLine> forumRegister(int year) {
        List<RegisterLine> lines = new java.util.ArrayList<>();
        try (Connection c = data.getConnection();
                PreparedStatement q =
                        c.prepareStatement(
                                "SELECT c.case_number, c.area_code, f.kind, f.subject, f.raised_at,"
                                        + " f.raised_by_principal_id, f.owner_principal_id, f.status"
                                        + " FROM forum_matter f JOIN cases c ON c.id = f.case_id"
                                        + " WHERE f.raised_at < ? AND (f.raised_at >= ?"
                                        + " OR f.status <> 'RESOLVED' OR f.updated_at >= ?)"
                                        + " ORDER BY f.raised_at, f.id")) {
            Timestamp from = Timestamp.from(YearFigures.start(year));
            q.setTimestamp(1, Timestamp.from(YearFigures.end(year)));
            q.setTimestamp(2, from);
            q.setTimestamp(3, from);
            q.setMaxRows(10_000);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    lines.add(
                            new RegisterLine(
                                    r.getString(1),
                                    r.getString(2),
                                    r.getString(3),
                                    r.getString(4),
                                    r.getTimestamp(5).toInstant(),
                                    r.getString(6),
                                    r.getString(7),
                                    r.getString(8)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the forum's register for " + year, e);
        }
        return lines;
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
