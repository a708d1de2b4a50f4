package se.samverkan.cases;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Case numbers people can say on the phone: {@code SAM-2026-00042}, one series a year, unique.
 *
 * <p>A number is taken by incrementing the year's row in the filing's own transaction, so a filing
 * that rolls back takes no number for good and two filings never share one. The year's row is made
 * beforehand in a transaction of its own, so that the first filings of a year cannot collide on
 * creating it.
 */
@Stateless
public class CaseNumbers {

    private static final Set<Integer> KNOWN_YEARS = ConcurrentHashMap.newKeySet();

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ensureSeries(int year) {
        if (KNOWN_YEARS.contains(year)) {
            return;
        }
        boolean exists =
                !em.createNativeQuery(
                                "SELECT series_year FROM case_number_series WHERE series_year = ?")
                        .setParameter(1, year)
                        .getResultList()
                        .isEmpty();
        if (!exists) {
            try {
                em.createNativeQuery(
                                "INSERT INTO case_number_series (series_year, last_number)"
                                        + " VALUES (?, 0)")
                        .setParameter(1, year)
                        .executeUpdate();
            } catch (PersistenceException racedWithAnotherFiling) {
                // Another filing made the row first; this transaction rolls back, the row stays.
                throw new SeriesRace(racedWithAnotherFiling);
            }
        }
        KNOWN_YEARS.add(year);
    }

    /** The next number of {@code year}'s series, in the caller's transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public String next(int year) {
        em.createNativeQuery(
                        "UPDATE case_number_series SET last_number = last_number + 1"
                                + " WHERE series_year = ?")
                .setParameter(1, year)
                .executeUpdate();
        Number last =
                (Number)
                        em.createNativeQuery(
                                        "SELECT last_number FROM case_number_series WHERE series_year = ?")
                                .setParameter(1, year)
                                .getSingleResult();
        return format(year, last.intValue());
    }

    static String format(int year, int number) {
        return String.format("SAM-%d-%05d", year, number);
    }

    /** Two filings made the year's series at once; the loser's caller simply goes on. */
    @jakarta.ejb.ApplicationException(rollback = true)
    public static class SeriesRace extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SeriesRace(Throwable cause) {
            super(cause);
        }
    }
}
