package se.samverkan.cases;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Case numbers people can say on the phone: {@code SAM-2026-00042}, one series a year, unique.
 *
 * <p>Numbers are reserved a block of {@value #BLOCK} at a time, in a short transaction of their
 * own, and handed out from memory. Taking each number in the filing's own transaction would lock
 * the year's row from the number until the commit and make every filing wait for the one before
 * (measured: it capped filing at about 100 a second). The price is the sequence's usual one: a
 * restart, or a filing that rolls back, leaves a few numbers unused. Numbers are unique and grow
 * with time; they were never promised to be gapless.
 *
 * <p>Filings take numbers concurrently: {@link NumberSeries} guards each year's blocks and reserves
 * the next block while half of the current one is left, so that no filing waits for that commit
 * (the container's singleton lock made every filing wait for it once in a block).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class CaseNumbers {

    static final int BLOCK = 20;

    @Resource(lookup = "java:jboss/datasources/SamverkanDS")
    DataSource dataSource;

    @Resource UserTransaction tx;

    /** Each year's series of numbers in memory. */
    private final Map<Integer, NumberSeries> series = new ConcurrentHashMap<>();

    /** The next number of {@code year}'s series. */
    public String next(int year) {
        NumberSeries numbers =
                series.computeIfAbsent(
                        year, y -> new NumberSeries(BLOCK, size -> reserve(y, size)));
        return format(year, numbers.take());
    }

    /** Reserves {@code size} numbers of the year's series; returns the last of them. */
    private int reserve(int year, int size) {
        try {
            tx.begin();
            try (Connection connection = dataSource.getConnection()) {
                int updated = update(connection, year, size);
                if (updated == 0) {
                    insert(connection, year, size);
                }
                int last = read(connection, year);
                tx.commit();
                return last;
            } catch (SQLException e) {
                tx.rollback();
                if (isDuplicate(e)) {
                    return reserve(year, size); // another server made the year's row: take from it
                }
                throw new IllegalStateException("cannot reserve case numbers for " + year, e);
            }
        } catch (jakarta.transaction.NotSupportedException
                | jakarta.transaction.SystemException
                | jakarta.transaction.RollbackException
                | jakarta.transaction.HeuristicMixedException
                | jakarta.transaction.HeuristicRollbackException e) {
            throw new IllegalStateException("cannot reserve case numbers for " + year, e);
        }
    }

    private static int update(Connection connection, int year, int size) throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement(
                        "UPDATE case_number_series SET last_number = last_number + ? WHERE series_year = ?")) {
            update.setInt(1, size);
            update.setInt(2, year);
            return update.executeUpdate();
        }
    }

    private static void insert(Connection connection, int year, int size) throws SQLException {
        try (PreparedStatement insert =
                connection.prepareStatement(
                        "INSERT INTO case_number_series (series_year, last_number) VALUES (?, ?)")) {
            insert.setInt(1, year);
            insert.setInt(2, size);
            insert.executeUpdate();
        }
    }

    private static int read(Connection connection, int year) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement(
                        "SELECT last_number FROM case_number_series WHERE series_year = ?")) {
            select.setInt(1, year);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static boolean isDuplicate(SQLException e) {
        return "23505".equals(e.getSQLState()) || e.getErrorCode() == 23505;
    }

    /** {@code SAM-2026-00042}; a number past 99999 keeps all its digits. */
    static String format(int year, int number) {
        String digits = Integer.toString(number);
        StringBuilder text = new StringBuilder(15).append("SAM-").append(year).append('-');
        for (int pad = digits.length(); pad < 5; pad++) {
            text.append('0');
        }
        return text.append(digits).toString();
    }
}
