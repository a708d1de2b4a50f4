package se.samverkan.patient;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.samverkan.access.Caller;

/**
 * Writes and reads the access log. {@link #record} joins the caller's transaction, so an entry is
 * committed exactly when the response it describes is; there is no method that changes or removes
 * an entry.
 */
@Stateless
public class AccessLog {

    @Inject EntityManager em;

    /** What a reviewer asks for; null means no filter. */
    public record Search(
            OffsetDateTime from, OffsetDateTime to, Long caseId, String username, int limit) {}

    public void record(Caller caller, long caseId, AccessAction action, OffsetDateTime at) {
        em.persist(new AccessLogEntry(at, caller.username(), caller.principalId(), caseId, action));
    }

    /** Entries of the search, oldest first. */
    public List<AccessLogEntry> search(Search search) {
        StringBuilder jpql = new StringBuilder("select e from AccessLogEntry e where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (search.from() != null) {
            jpql.append(" and e.at >= :from");
            parameters.put("from", search.from());
        }
        if (search.to() != null) {
            jpql.append(" and e.at < :to");
            parameters.put("to", search.to());
        }
        if (search.caseId() != null) {
            jpql.append(" and e.caseId = :caseId");
            parameters.put("caseId", search.caseId());
        }
        if (search.username() != null) {
            jpql.append(" and e.username = :username");
            parameters.put("username", search.username());
        }
        jpql.append(" order by e.at, e.id");
        TypedQuery<AccessLogEntry> query = em.createQuery(jpql.toString(), AccessLogEntry.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(search.limit()).getResultList();
    }

    /**
     * A random sample of {@code size} entries of the search (for the recurring log review), oldest
     * first. Each entry of the period is equally likely to be drawn.
     */
    public List<AccessLogEntry> sample(Search search, int size) {
        StringBuilder sql = new StringBuilder("SELECT id FROM access_log WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (search.from() != null) {
            sql.append(" AND accessed_at >= ?");
            parameters.add(search.from());
        }
        if (search.to() != null) {
            sql.append(" AND accessed_at < ?");
            parameters.add(search.to());
        }
        if (search.caseId() != null) {
            sql.append(" AND case_id = ?");
            parameters.add(search.caseId());
        }
        if (search.username() != null) {
            sql.append(" AND username = ?");
            parameters.add(search.username());
        }
        sql.append(" ORDER BY RANDOM()");
        var query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<Long> ids =
                ((List<?>) query.setMaxResults(size).getResultList())
                        .stream().map(id -> ((Number) id).longValue()).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select e from AccessLogEntry e where e.id in :ids order by e.at, e.id",
                        AccessLogEntry.class)
                .setParameter("ids", ids)
                .getResultList();
    }
}
