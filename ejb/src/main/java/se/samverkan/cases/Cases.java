package se.samverkan.cases;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import se.samverkan.access.Caller;
import se.samverkan.escalation.Escalations;
import se.samverkan.notification.Notifications;
import se.samverkan.organisation.Area;
import se.samverkan.organisation.Organisation;
import se.samverkan.organisation.Principal;
import se.samverkan.patient.AccessAction;
import se.samverkan.patient.AccessLog;
import se.samverkan.patient.PatientIdentifiers;
import se.samverkan.patient.PatientIdentity;
import se.samverkan.platform.TimeSource;

/**
 * The case service: loads a case, checks who may act ({@link CaseAccess}), calls the aggregate's
 * behaviour and stores it. The rules themselves are in {@link Case}, {@link Routing} and the
 * deadline policy.
 */
@Stateless
public class Cases {

    @Inject EntityManager em;

    @Inject TimeSource time;

    @EJB Organisation organisation;

    @EJB CaseNumbers numbers;

    @EJB Escalations escalations;

    @EJB AccessLog accessLog;

    @EJB Notifications notifications;

    /** A filing's outcome: the case, and whether this request made it (or an earlier one did). */
    public record Filed(Shown filed, boolean created) {}

    /** Which box: cases to the caller's principal (or it is informed of), or from it. */
    public enum Box {
        INCOMING,
        OUTGOING
    }

    /** What a list asks for; null means no filter. */
    public record Query(
            Box box,
            CaseStatus status,
            String areaCode,
            Boolean overdue,
            OffsetDateTime submittedFrom,
            OffsetDateTime submittedBefore,
            String text,
            int limit,
            Cursor after) {}

    public record Page(List<Case> items, Cursor next) {}

    /** How many of a box's cases are in each status, and how many of them are overdue. */
    public record Counts(Map<CaseStatus, Long> byStatus, long overdue) {
        public long total() {
            return byStatus.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Not closed: what still needs someone's work. */
        public long open() {
            return total() - byStatus.getOrDefault(CaseStatus.CLOSED, 0L);
        }
    }

    /**
     * Files a case for the caller's principal. With an idempotency key, a repeat of the same
     * request returns the first case and makes nothing; the same key with another body is refused.
     */
    public Filed file(
            Caller caller,
            CaseDraft draft,
            PatientDraft patient,
            String idempotencyKey,
            String requestHash) {
        CaseAccess.requireReporter(caller);
        if (idempotencyKey != null) {
            IdempotencyKey earlier =
                    em.find(
                            IdempotencyKey.class,
                            new IdempotencyKey.Key(caller.username(), idempotencyKey));
            if (earlier != null) {
                if (!earlier.sameRequest(requestHash)) {
                    throw new CaseProblem(
                            CaseProblem.Kind.AGAINST_RULE, "case.idempotency-key-reused");
                }
                return new Filed(
                        show(caller, em.find(Case.class, earlier.caseId()), AccessAction.FILE),
                        false);
            }
        }
        Principal reporting =
                organisation
                        .principal(caller.principalId())
                        .orElseThrow(
                                () ->
                                        new CaseProblem(
                                                CaseProblem.Kind.AGAINST_RULE,
                                                "case.unknown-principal",
                                                caller.principalId()));
        Principal concerned =
                organisation
                        .principal(draft.concernedPrincipalId())
                        .orElseThrow(
                                () ->
                                        new CaseProblem(
                                                CaseProblem.Kind.AGAINST_RULE,
                                                "case.unknown-principal",
                                                draft.concernedPrincipalId()));
        requireOpenArea(draft.areaCode());
        requireDeIdentified(draft.summary(), draft.description(), draft.immediateActions());
        Routing.Route route =
                Routing.route(
                        reporting, concerned, draft.purchasedService(), organisation.region());

        OffsetDateTime now = time.now();
        String number = numbers.next(now.getYear());
        Case c =
                Case.file(
                        draft,
                        number,
                        route,
                        now,
                        DeadlinePolicy.CONFIGURED.acknowledgement(draft.type()).deadline(now),
                        DeadlinePolicy.CONFIGURED.answer(draft.type()).deadline(now),
                        caller);
        if (patient != null) {
            c.markHasPatient();
        }
        em.persist(c);
        em.flush();
        if (patient != null) {
            em.persist(
                    new PatientIdentity(
                            c.id(),
                            patient.number(),
                            patient.legalGround(),
                            patient.note(),
                            now,
                            caller.username()));
        }
        if (idempotencyKey != null) {
            em.persist(
                    new IdempotencyKey(
                            caller.username(), idempotencyKey, requestHash, c.id(), now));
        }
        notifications.caseFiled(c);
        escalations.openIfSerious(c, caller);
        return new Filed(show(caller, c, AccessAction.FILE), true);
    }

    /**
     * The narrative stays de-identified: a personnummer or samordningsnummer in any of the texts
     * refuses the request, and the reporter is told to use the patient section.
     */
    void requireDeIdentified(String... texts) {
        if (PatientIdentifiers.anyIn(time.now().toLocalDate(), texts)) {
            throw new CaseProblem(
                    CaseProblem.Kind.PATIENT_IDENTIFIER_IN_TEXT, "case.patient-identifier-in-text");
        }
    }

    /**
     * The case as this caller is shown it: with the patient identity if the caller may see it, and
     * then an access-log entry in this same transaction.
     */
    private Shown show(Caller caller, Case c, AccessAction action) {
        if (!c.hasPatient() || !CaseAccess.maySeePatient(caller, c)) {
            return new Shown(c, Optional.empty());
        }
        PatientIdentity patient = em.find(PatientIdentity.class, c.id());
        if (patient == null) {
            return new Shown(c, Optional.empty());
        }
        accessLog.record(caller, c.id(), action, time.now());
        return new Shown(c, Optional.of(patient));
    }

    /** One case for the caller, as {@code GET /api/cases/{id}} shows it. */
    public Shown read(Caller caller, long id) {
        return show(caller, find(caller, id), AccessAction.READ);
    }

    private void requireOpenArea(String code) {
        Area area =
                organisation
                        .area(code)
                        .orElseThrow(
                                () ->
                                        new CaseProblem(
                                                CaseProblem.Kind.AGAINST_RULE,
                                                "case.unknown-area",
                                                code));
        if (area.isRetired()) {
            throw new CaseProblem(CaseProblem.Kind.AGAINST_RULE, "case.retired-area", code);
        }
    }

    /** A case the caller may see; any other is "not found", whether it exists or not. */
    public Case find(Caller caller, long id) {
        Case c = em.find(Case.class, id);
        if (c == null) {
            throw CaseProblem.notFound();
        }
        CaseAccess.requireVisible(caller, c);
        return c;
    }

    public Shown acknowledge(Caller caller, long id) {
        Case c = find(caller, id);
        CaseAccess.requireReceivingHandler(caller, c);
        c.acknowledge(caller, time.now());
        return show(caller, c, AccessAction.ACKNOWLEDGE);
    }

    public Shown forward(Caller caller, long id, String toPrincipalId, String reason) {
        Case c = find(caller, id);
        CaseAccess.requireReceivingHandler(caller, c);
        requireDeIdentified(reason);
        Principal to =
                organisation
                        .principal(toPrincipalId)
                        .orElseThrow(
                                () ->
                                        new CaseProblem(
                                                CaseProblem.Kind.AGAINST_RULE,
                                                "case.unknown-principal",
                                                toPrincipalId));
        Routing.requireForwardable(
                organisation.principal(c.reportingPrincipalId()).orElseThrow(),
                organisation.principal(c.routedToPrincipalId()).orElseThrow(),
                to);
        OffsetDateTime now = time.now();
        c.forward(
                to.id(),
                reason,
                DeadlinePolicy.CONFIGURED.acknowledgement(c.type()).deadline(now),
                caller,
                now);
        notifications.forwarded(c);
        return show(caller, c, AccessAction.FORWARD);
    }

    public Shown answer(Caller caller, long id, String summary, List<String> measures) {
        Case c = find(caller, id);
        CaseAccess.requireReceivingHandler(caller, c);
        requireDeIdentified(summary);
        requireDeIdentified(measures.toArray(String[]::new));
        c.answer(summary, measures, caller, time.now());
        notifications.answered(c);
        return show(caller, c, AccessAction.ANSWER);
    }

    /** A deadline the parties agreed to move, recorded by the receiving side's handler. */
    public Shown extendDeadline(
            Caller caller, long id, Case.Clock clock, OffsetDateTime until, String agreement) {
        Case c = find(caller, id);
        CaseAccess.requireReceivingHandler(caller, c);
        requireDeIdentified(agreement);
        c.extendDeadline(clock, until, agreement, caller, time.now());
        return show(caller, c, AccessAction.EXTEND_DEADLINE);
    }

    /** The receiver's assessment; a case it makes serious is escalated then, once. */
    public Shown assess(Caller caller, long id, int consequence, int likelihood) {
        Case c = find(caller, id);
        CaseAccess.requireReceivingAssessor(caller, c);
        c.assess(consequence, likelihood, caller, time.now());
        escalations.openIfSerious(c, caller);
        return show(caller, c, AccessAction.ASSESS);
    }

    public Shown returnForInvestigation(Caller caller, long id, String reason) {
        Case c = find(caller, id);
        CaseAccess.requireReportingSide(caller, c);
        requireDeIdentified(reason);
        OffsetDateTime now = time.now();
        c.returnForInvestigation(reason, caller, now);
        notifications.returned(c, now);
        return show(caller, c, AccessAction.RETURN);
    }

    public Shown close(Caller caller, long id) {
        Case c = find(caller, id);
        CaseAccess.requireReportingSide(caller, c);
        c.close(caller, time.now());
        return show(caller, c, AccessAction.CLOSE);
    }

    public CaseComment comment(Caller caller, long id, String text) {
        Case c = find(caller, id);
        CaseAccess.requireParty(caller, c);
        requireDeIdentified(text);
        CaseComment comment = c.comment(text, caller, time.now());
        em.persist(comment);
        return comment;
    }

    /** The dialogue, oldest first, for everyone who may see the case (like its history). */
    public List<CaseComment> comments(Caller caller, long id) {
        Case c = find(caller, id);
        return em.createQuery(
                        "select m from CaseComment m where m.caseRef = :c order by m.writtenAt, m.id",
                        CaseComment.class)
                .setParameter("c", c)
                .getResultList();
    }

    public List<Case.HistoryEntry> history(Caller caller, long id) {
        return find(caller, id).history();
    }

    /**
     * A page of a box, newest first, by keyset, in one statement. The incoming box is the cases
     * routed to the caller's principal and those it is informed of: two index-ordered reads of a
     * page each, merged by the database ({@code UNION ALL}), where one query with {@code or} would
     * sort every case of the principal (measured: 38 ms at 138,000 cases and growing).
     *
     * <p>Written in SQL, not JPQL: JPQL has no union, and two queries cost two round trips. The
     * caller's principal id and the page size are written into the text, not bound: the id has the
     * registry's form (letters, digits and hyphens, checked here) and the size is a number the API
     * has checked. A first page then has no parameters, and PostgreSQL plans it once per connection
     * instead of on every page: JPA binds the row limit, and with a bound principal the database
     * estimates the region's share of the cases wrong and never keeps a plan (measured: planning
     * was 0.4 of the 2 ms a page took). Every value from the request (the filters and the cursor)
     * is bound.
     *
     * <p>It reads without a transaction of its own ({@code SUPPORTS}): a page writes nothing, and a
     * transaction cost a BEGIN and a COMMIT round trip and the enlisting of the connection on every
     * page (measured: a tenth of the page's time). One statement sees one committed state.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Page list(Caller caller, Query query) {
        String own = "'" + requireListable(caller) + "'";
        List<Object> parameters = new ArrayList<>();
        String sql;
        if (query.box() == Box.OUTGOING) {
            sql = branch("reporting_principal_id = " + own, query, parameters);
        } else {
            // A case forwarded to the principal it already informed is read once, as routed.
            sql =
                    "SELECT * FROM ("
                            + branch("routed_to_principal_id = " + own, query, parameters)
                            + " UNION ALL "
                            + branch(
                                    "informed_principal_id = "
                                            + own
                                            + " AND routed_to_principal_id <> "
                                            + own,
                                    query,
                                    parameters)
                            + ") page"
                            + NEWEST_FIRST
                            + " LIMIT "
                            + (query.limit() + 1);
        }
        jakarta.persistence.Query read = em.createNativeQuery(sql, Case.class);
        for (int i = 0; i < parameters.size(); i++) {
            read.setParameter(i + 1, parameters.get(i));
        }
        // Read, then turned into views: no unit-of-work copies of the rows are needed.
        read.setHint("eclipselink.read-only", "true");
        List<Case> rows = read.getResultList();
        Cursor next = null;
        if (rows.size() > query.limit()) {
            rows = rows.subList(0, query.limit());
            next = Cursor.after(rows.get(rows.size() - 1));
        }
        return new Page(List.copyOf(rows), next);
    }

    private static final String NEWEST_FIRST = " ORDER BY submitted_at DESC, id DESC";

    /**
     * The counts of a box over all the caller's cases, asked of the database: what a start page
     * shows must not depend on how many cases a page of the list happened to hold (it filtered the
     * 100 newest in the browser and said "no cases" while 196 waited). The same principals as
     * {@link #list}, and the same rule for overdue as {@link Case#isOverdue}.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Counts counts(Caller caller, Box box) {
        String own = "'" + requireListable(caller) + "'";
        String columns = "SELECT status, acknowledge_due, answer_due FROM cases WHERE ";
        String whose =
                box == Box.OUTGOING
                        ? columns + "reporting_principal_id = " + own
                        : columns
                                + "routed_to_principal_id = "
                                + own
                                + " UNION ALL "
                                + columns
                                + "informed_principal_id = "
                                + own
                                + " AND routed_to_principal_id <> "
                                + own;
        String sql =
                "SELECT status, COUNT(*), SUM(CASE WHEN (status = ? AND acknowledge_due < ?)"
                        + " OR (status IN ("
                        + String.join(", ", Collections.nCopies(AWAITING.size(), "?"))
                        + ") AND answer_due < ?) THEN 1 ELSE 0 END) FROM ("
                        + whose
                        + ") box GROUP BY status";
        OffsetDateTime now = time.now();
        jakarta.persistence.Query count = em.createNativeQuery(sql);
        int p = 1;
        count.setParameter(p++, CaseStatus.SUBMITTED.name());
        count.setParameter(p++, now);
        for (String status : AWAITING) {
            count.setParameter(p++, status);
        }
        count.setParameter(p, now);
        Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
        long overdue = 0;
        for (Object row : count.getResultList()) {
            Object[] columnsOfRow = (Object[]) row;
            byStatus.put(
                    CaseStatus.valueOf((String) columnsOfRow[0]),
                    ((Number) columnsOfRow[1]).longValue());
            overdue += ((Number) columnsOfRow[2]).longValue();
        }
        return new Counts(Map.copyOf(byStatus), overdue);
    }

    /** The caller's principal, if they work with cases and it is one the registry can hold. */
    private static String requireListable(Caller caller) {
        if (!CaseAccess.worksWithCases(caller)) {
            throw new CaseProblem(CaseProblem.Kind.NOT_PERMITTED, "case.case-roles-only");
        }
        String principal = caller.principalId();
        if (principal == null || !Principal.ID.matcher(principal).matches()) {
            // Not a principal the registry can hold; never written into SQL.
            throw new CaseProblem(CaseProblem.Kind.NOT_PERMITTED, "case.case-roles-only");
        }
        return principal;
    }

    /** The columns of {@code cases} in the order of EclipseLink's mapping; see {@link #columns}. */
    private static volatile String columns;

    /**
     * The case's columns in the order EclipseLink numbers its fields, for the box's SQL. A row of a
     * native query is matched to the mapping by column: in this order each field is found at its
     * own position, where {@code SELECT *} made it search the row by name for every field of every
     * case (measured: a tenth of a page's CPU). Read from the mapping, so never out of date.
     */
    private String columns() {
        String known = columns;
        if (known == null) {
            known =
                    em
                            .getEntityManagerFactory()
                            .unwrap(JpaEntityManagerFactory.class)
                            .getServerSession()
                            .getDescriptor(Case.class)
                            .getFields()
                            .stream()
                            .map(DatabaseField::getName)
                            .collect(Collectors.joining(", "));
            columns = known;
        }
        return known;
    }

    private static final List<String> AWAITING =
            CaseStatus.AWAITING_ANSWER.stream().map(CaseStatus::name).toList();

    /** One index-ordered read of a page: whose cases, the filters, the keyset, the limit. */
    private String branch(String whose, Query query, List<Object> parameters) {
        StringBuilder sql =
                new StringBuilder("(SELECT ")
                        .append(columns())
                        .append(" FROM cases WHERE ")
                        .append(whose);
        if (query.status() != null) {
            sql.append(" AND status = ?");
            parameters.add(query.status().name());
        }
        if (query.areaCode() != null) {
            sql.append(" AND area_code = ?");
            parameters.add(query.areaCode());
        }
        if (query.submittedFrom() != null) {
            sql.append(" AND submitted_at >= ?");
            parameters.add(query.submittedFrom());
        }
        if (query.submittedBefore() != null) {
            sql.append(" AND submitted_at < ?");
            parameters.add(query.submittedBefore());
        }
        if (query.text() != null) {
            sql.append(" AND lower(summary) LIKE ? ESCAPE '\\'");
            parameters.add("%" + escapeLike(query.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (query.overdue() != null) {
            OffsetDateTime now = time.now();
            sql.append(query.overdue() ? " AND " : " AND NOT ")
                    .append("((status = ? AND acknowledge_due < ?) OR (status IN (")
                    .append(String.join(", ", Collections.nCopies(AWAITING.size(), "?")))
                    .append(") AND answer_due < ?))");
            parameters.add(CaseStatus.SUBMITTED.name());
            parameters.add(now);
            parameters.addAll(AWAITING);
            parameters.add(now);
        }
        if (query.after() != null) {
            // "<= and (< or id <)", not "< or (= and id <)": the first bounds the index range at
            // the cursor, the second makes the database walk every newer case first (measured:
            // 0.4 ms against 510 ms two hundred thousand cases deep).
            //
            // The cursor's values reach the planner inside sub-selects, which hide them: every
            // cursor is best read in index order, and PostgreSQL then keeps one plan for all of
            // them. As plain parameters, each cursor's own plan was estimated cheaper than the
            // shared one, so every page was planned anew (measured: 0.3 ms of planning for a
            // 0.1 ms read). The filters above stay plain parameters: their values may call for
            // another plan (a rare status is better found through another index).
            sql.append(
                    " AND submitted_at <= "
                            + AT
                            + " AND (submitted_at < "
                            + AT
                            + " OR id < (SELECT CAST(? AS BIGINT)))");
            parameters.add(query.after().submittedAt());
            parameters.add(query.after().submittedAt());
            parameters.add(query.after().id());
        }
        return sql.append(NEWEST_FIRST)
                .append(" LIMIT ")
                .append(query.limit() + 1)
                .append(')')
                .toString();
    }

    /** A cursor's time as {@link #branch} hides it from the planner. */
    private static final String AT = "(SELECT CAST(? AS TIMESTAMP WITH TIME ZONE))";

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
