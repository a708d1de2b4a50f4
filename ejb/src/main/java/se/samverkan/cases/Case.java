package se.samverkan.cases;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.samverkan.access.Caller;

/**
 * A deviation or complaint between the region and a municipality: the aggregate that guards its own
 * life cycle. Every change is a method that checks the current status, changes the state and
 * records an event in the history; nothing outside sets a field.
 *
 * <p>The reporter's consequence and likelihood are kept as filed; the receiving side's assessment
 * is kept beside them, never over them.
 */
@Entity
@Table(name = "cases")
public class Case {

    @Id
    @SequenceGenerator(name = "case_seq", sequenceName = "case_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_seq")
    private Long id;

    @Version private int version;

    @Column(name = "case_number", nullable = false, updatable = false)
    private String caseNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_type", nullable = false, updatable = false)
    private CaseType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private CaseStatus status;

    @Column(name = "reporting_principal_id", nullable = false, updatable = false)
    private String reportingPrincipalId;

    @Column(name = "concerned_principal_id", nullable = false)
    private String concernedPrincipalId;

    @Column(name = "routed_to_principal_id", nullable = false)
    private String routedToPrincipalId;

    @Column(name = "informed_principal_id")
    private String informedPrincipalId;

    @Column(name = "area_code", nullable = false, updatable = false)
    private String areaCode;

    @Column(name = "summary", nullable = false, updatable = false)
    private String summary;

    @Column(name = "description", nullable = false, updatable = false)
    private String description;

    @Column(name = "immediate_actions", updatable = false)
    private String immediateActions;

    @Column(name = "consequence", nullable = false, updatable = false)
    private int consequence;

    @Column(name = "likelihood", nullable = false, updatable = false)
    private int likelihood;

    @Column(name = "serious_event", nullable = false, updatable = false)
    private boolean seriousEvent;

    @Column(name = "purchased_service", nullable = false, updatable = false)
    private boolean purchasedService;

    @Column(name = "assessed_consequence")
    private Integer assessedConsequence;

    /** The chefsläkare or MAS has been contacted: the case stays serious whatever comes after. */
    @Column(name = "escalated", nullable = false)
    private boolean escalated;

    @Column(name = "assessed_likelihood")
    private Integer assessedLikelihood;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private OffsetDateTime submittedAt;

    @Column(name = "acknowledge_due", nullable = false)
    private OffsetDateTime acknowledgeDue;

    @Column(name = "answer_due", nullable = false)
    private OffsetDateTime answerDue;

    @Column(name = "acknowledged_at")
    private OffsetDateTime acknowledgedAt;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    /** Every answer given, oldest first; the last is the current one. */
    @OneToMany(mappedBy = "caseRef", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("number")
    private List<CaseAnswer> answers = new ArrayList<>();

    @Column(name = "forward_count", nullable = false)
    private int forwardCount;

    @Column(name = "reporter_username", nullable = false, updatable = false)
    private String reporterUsername;

    @Column(name = "external_id", updatable = false)
    private String externalId;

    /** Whether the case has a patient identity (kept apart, in {@code case_patient}). */
    @Column(name = "has_patient", nullable = false, updatable = false)
    private boolean hasPatient;

    @OneToMany(mappedBy = "caseRef", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("occurredAt, id")
    private List<CaseEvent> events = new ArrayList<>();

    protected Case() {
        // for JPA
    }

    /**
     * A newly filed case: submitted now, routed by care responsibility, with both clocks running
     * from now.
     */
    public static Case file(
            CaseDraft draft,
            String caseNumber,
            Routing.Route route,
            OffsetDateTime now,
            OffsetDateTime acknowledgeDue,
            OffsetDateTime answerDue,
            Caller reporter) {
        Case c = new Case();
        c.caseNumber = Objects.requireNonNull(caseNumber);
        c.type = draft.type();
        c.status = CaseStatus.SUBMITTED;
        c.reportingPrincipalId = reporter.principalId();
        c.concernedPrincipalId = draft.concernedPrincipalId();
        c.routedToPrincipalId = route.routedTo();
        c.informedPrincipalId = route.informed().orElse(null);
        c.areaCode = draft.areaCode();
        c.summary = draft.summary();
        c.description = draft.description();
        c.immediateActions = draft.immediateActions();
        c.consequence = draft.consequence();
        c.likelihood = draft.likelihood();
        c.seriousEvent = draft.seriousEvent();
        c.purchasedService = draft.purchasedService();
        c.occurredAt = draft.occurredAt();
        c.submittedAt = now;
        c.acknowledgeDue = acknowledgeDue;
        c.answerDue = answerDue;
        c.reporterUsername = reporter.username();
        c.record(CaseEventType.SUBMITTED, now, reporter, null);
        return c;
    }

    /**
     * A case from an earlier system, as it stood: its status follows from the times it carries
     * (closed, answered, acknowledged or only submitted). History, not news: the caller opens no
     * escalation and sends no notification for it.
     */
    public static Case imported(
            ImportedCase line,
            String caseNumber,
            Routing.Route route,
            OffsetDateTime acknowledgeDue,
            OffsetDateTime answerDue,
            Caller importer,
            OffsetDateTime now) {
        Case c = new Case();
        c.caseNumber = Objects.requireNonNull(caseNumber);
        c.externalId = line.externalId();
        c.type = line.draft().type();
        c.status =
                line.closedAt() != null
                        ? CaseStatus.CLOSED
                        : line.answeredAt() != null
                                ? CaseStatus.ANSWERED
                                : line.acknowledgedAt() != null
                                        ? CaseStatus.RECEIVED
                                        : CaseStatus.SUBMITTED;
        c.reportingPrincipalId = line.reportingPrincipalId();
        c.concernedPrincipalId = line.draft().concernedPrincipalId();
        c.routedToPrincipalId = route.routedTo();
        c.informedPrincipalId = route.informed().orElse(null);
        c.areaCode = line.draft().areaCode();
        c.summary = line.draft().summary();
        c.description = line.draft().description();
        c.consequence = line.draft().consequence();
        c.likelihood = line.draft().likelihood();
        c.seriousEvent = line.draft().seriousEvent();
        c.purchasedService = line.draft().purchasedService();
        c.occurredAt = line.draft().occurredAt();
        c.submittedAt = line.submittedAt();
        c.acknowledgeDue = acknowledgeDue;
        c.answerDue = answerDue;
        c.acknowledgedAt = line.acknowledgedAt();
        c.answeredAt = line.answeredAt();
        c.closedAt = line.closedAt();
        c.forwardCount = line.forwarded() ? 1 : 0;
        c.reporterUsername = importer.username();
        c.record(CaseEventType.IMPORTED, now, importer, line.externalId());
        return c;
    }

    /** The receiving side confirms it has the case: the acknowledgement clock stops. */
    public void acknowledge(Caller handler, OffsetDateTime now) {
        requireStatus(CaseStatus.SUBMITTED);
        status = CaseStatus.RECEIVED;
        acknowledgedAt = now;
        record(CaseEventType.ACKNOWLEDGED, now, handler, null);
    }

    /**
     * Sent to the wrong principal: it moves on with its history, to be acknowledged anew by the new
     * principal, whose acknowledgement clock starts now. The answer clock keeps running: a
     * misdirected case should not make the reporter wait longer.
     */
    public void forward(
            String toPrincipalId,
            String reason,
            OffsetDateTime acknowledgeDueNow,
            Caller handler,
            OffsetDateTime now) {
        if (!status.awaitsAnswer()) {
            throw wrongStatus();
        }
        String from = routedToPrincipalId;
        routedToPrincipalId = toPrincipalId;
        if (!purchasedService) {
            concernedPrincipalId = toPrincipalId;
        }
        status = CaseStatus.SUBMITTED;
        acknowledgedAt = null;
        acknowledgeDue = acknowledgeDueNow;
        forwardCount++;
        record(CaseEventType.FORWARDED, now, handler, from + " → " + toPrincipalId + ": " + reason);
    }

    /**
     * The investigation's summary and the measures taken: the answer clock stops. An answer after a
     * return is added beside the earlier ones, which stay as they were given.
     */
    public void answer(
            String summaryOfInvestigation,
            List<String> measuresTaken,
            Caller handler,
            OffsetDateTime now) {
        if (status != CaseStatus.RECEIVED && status != CaseStatus.UNDER_INVESTIGATION) {
            throw wrongStatus();
        }
        status = CaseStatus.ANSWERED;
        answers.add(
                new CaseAnswer(
                        this,
                        answers.size() + 1,
                        summaryOfInvestigation,
                        measuresTaken,
                        handler,
                        now));
        answeredAt = now;
        record(CaseEventType.ANSWERED, now, handler, null);
    }

    /** The reporting side does not accept the answer: back to investigation. */
    public void returnForInvestigation(String reason, Caller reporter, OffsetDateTime now) {
        requireStatus(CaseStatus.ANSWERED);
        status = CaseStatus.UNDER_INVESTIGATION;
        answeredAt = null;
        record(CaseEventType.RETURNED, now, reporter, reason);
    }

    /** The reporting side accepts the answer. */
    public void close(Caller reporter, OffsetDateTime now) {
        requireStatus(CaseStatus.ANSWERED);
        status = CaseStatus.CLOSED;
        closedAt = now;
        record(CaseEventType.CLOSED, now, reporter, null);
    }

    /** A comment in the dialogue; a closed case takes no more. */
    public CaseComment comment(String text, Caller author, OffsetDateTime now) {
        if (status == CaseStatus.CLOSED) {
            throw wrongStatus();
        }
        record(CaseEventType.COMMENTED, now, author, null);
        return new CaseComment(this, text, author, now);
    }

    /**
     * The receiving side's own assessment of consequence and likelihood, kept beside the
     * reporter's, never over them. It may make the case serious; a closed case is not reassessed.
     */
    public void assess(
            int assessedConsequence, int assessedLikelihood, Caller assessor, OffsetDateTime now) {
        if (status == CaseStatus.CLOSED) {
            throw wrongStatus();
        }
        this.assessedConsequence = assessedConsequence;
        this.assessedLikelihood = assessedLikelihood;
        record(
                CaseEventType.ASSESSED,
                now,
                assessor,
                "consequence " + assessedConsequence + ", likelihood " + assessedLikelihood);
    }

    /** The two clocks of a case. */
    public enum Clock {
        ACKNOWLEDGEMENT,
        ANSWER
    }

    /**
     * A deadline moved by agreement between the parties: the case is judged against the new one, so
     * it is not overdue while the agreed time runs. The old deadline and the agreement stay in the
     * history. A clock that has stopped is not extended, and a deadline only moves later.
     */
    public void extendDeadline(
            Clock clock, OffsetDateTime until, String agreement, Caller who, OffsetDateTime now) {
        boolean running =
                clock == Clock.ACKNOWLEDGEMENT
                        ? status == CaseStatus.SUBMITTED
                        : status.awaitsAnswer();
        if (!running) {
            throw wrongStatus();
        }
        OffsetDateTime current = clock == Clock.ACKNOWLEDGEMENT ? acknowledgeDue : answerDue;
        if (!until.isAfter(current)) {
            throw new CaseProblem(CaseProblem.Kind.AGAINST_RULE, "case.extension-not-later");
        }
        if (clock == Clock.ACKNOWLEDGEMENT) {
            acknowledgeDue = until;
        } else {
            answerDue = until;
        }
        record(
                CaseEventType.DEADLINE_EXTENDED,
                now,
                who,
                clock + " " + current + " → " + until + ": " + agreement);
    }

    /**
     * Records in the history that the medical officer was contacted. From then on the case is
     * serious, even if the receiver's assessment is later lowered: the officer was told of a
     * serious case, and the follow-up counts it with the escalations.
     */
    public void escalated(Caller cause, OffsetDateTime now) {
        escalated = true;
        record(CaseEventType.ESCALATED, now, cause, routedToPrincipalId);
    }

    /**
     * A party has raised the case to the joint forum (the register holds the matter); the case goes
     * on as it was, its history says so, with the subject the forum reads.
     */
    public void raisedToForum(String subject, Caller who, OffsetDateTime now) {
        record(CaseEventType.RAISED_TO_FORUM, now, who, subject);
    }

    /** Overdue: a clock has passed its deadline while the case still waits for that step. */
    public boolean isOverdue(OffsetDateTime now) {
        boolean acknowledgementLate = status == CaseStatus.SUBMITTED && now.isAfter(acknowledgeDue);
        boolean answerLate = status.awaitsAnswer() && now.isAfter(answerDue);
        return acknowledgementLate || answerLate;
    }

    /**
     * Serious by the reporter's account or by the receiver's assessment, or escalated as serious
     * before.
     */
    public boolean isSerious() {
        return consequence >= 3
                || seriousEvent
                || (assessedConsequence != null && assessedConsequence >= 3)
                || escalated;
    }

    private void record(CaseEventType event, OffsetDateTime at, Caller who, String detail) {
        events.add(new CaseEvent(this, event, at, who, detail));
    }

    private void requireStatus(CaseStatus expected) {
        if (status != expected) {
            throw wrongStatus();
        }
    }

    private CaseProblem wrongStatus() {
        return new CaseProblem(CaseProblem.Kind.WRONG_STATUS, "case.wrong-status", status);
    }

    public Long id() {
        return id;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public CaseType type() {
        return type;
    }

    public CaseStatus status() {
        return status;
    }

    public String reportingPrincipalId() {
        return reportingPrincipalId;
    }

    public String concernedPrincipalId() {
        return concernedPrincipalId;
    }

    public String routedToPrincipalId() {
        return routedToPrincipalId;
    }

    public Optional<String> informedPrincipalId() {
        return Optional.ofNullable(informedPrincipalId);
    }

    public String areaCode() {
        return areaCode;
    }

    public String summary() {
        return summary;
    }

    public String description() {
        return description;
    }

    public String immediateActions() {
        return immediateActions;
    }

    public int consequence() {
        return consequence;
    }

    public int likelihood() {
        return likelihood;
    }

    public boolean seriousEvent() {
        return seriousEvent;
    }

    public boolean purchasedService() {
        return purchasedService;
    }

    public Optional<Integer> assessedConsequence() {
        return Optional.ofNullable(assessedConsequence);
    }

    public Optional<Integer> assessedLikelihood() {
        return Optional.ofNullable(assessedLikelihood);
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    public OffsetDateTime submittedAt() {
        return submittedAt;
    }

    public OffsetDateTime acknowledgeDue() {
        return acknowledgeDue;
    }

    public OffsetDateTime answerDue() {
        return answerDue;
    }

    public OffsetDateTime acknowledgedAt() {
        return acknowledgedAt;
    }

    public OffsetDateTime answeredAt() {
        return answeredAt;
    }

    public OffsetDateTime closedAt() {
        return closedAt;
    }

    /** Every answer given, oldest first. */
    public List<CaseAnswer> answers() {
        return Collections.unmodifiableList(answers);
    }

    /** The last answer given, if any: after a return it stays current until the next one. */
    public Optional<CaseAnswer> currentAnswer() {
        return answers.isEmpty() ? Optional.empty() : Optional.of(answers.get(answers.size() - 1));
    }

    public int forwardCount() {
        return forwardCount;
    }

    /** Set when filing, before the case is stored: its identity is stored beside it. */
    void markHasPatient() {
        this.hasPatient = true;
    }

    public boolean hasPatient() {
        return hasPatient;
    }

    public String reporterUsername() {
        return reporterUsername;
    }

    public List<CaseEvent> events() {
        return Collections.unmodifiableList(events);
    }

    /** One entry of the history, with the answer that an {@code ANSWERED} event gave. */
    public record HistoryEntry(CaseEvent event, Optional<CaseAnswer> answer) {}

    /**
     * The history, oldest first, each {@code ANSWERED} event with its answer: the n-th such event
     * gave the n-th answer, as both are recorded together in {@link #answer}.
     */
    public List<HistoryEntry> history() {
        List<HistoryEntry> history = new ArrayList<>(events.size());
        int answered = 0;
        for (CaseEvent e : events) {
            Optional<CaseAnswer> answer = Optional.empty();
            if (e.event() == CaseEventType.ANSWERED && answered < answers.size()) {
                answer = Optional.of(answers.get(answered++));
            }
            history.add(new HistoryEntry(e, answer));
        }
        return history;
    }
}
