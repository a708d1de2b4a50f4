package se.samverkan.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import se.samverkan.access.Caller;

/** One entry of a case's history: who, when, what, from which principal. Never changed. */
@Entity
@Table(name = "case_event")
public class CaseEvent {

    @Id
    @SequenceGenerator(
            name = "case_event_seq",
            sequenceName = "case_event_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_event_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", updatable = false)
    private Case caseRef;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "event", nullable = false, updatable = false)
    private CaseEventType event;

    @Column(name = "principal_id", nullable = false, updatable = false)
    private String principalId;

    @Column(name = "username", nullable = false, updatable = false)
    private String username;

    @Column(name = "detail", updatable = false)
    private String detail;

    protected CaseEvent() {
        // for JPA
    }

    CaseEvent(Case caseRef, CaseEventType event, OffsetDateTime at, Caller who, String detail) {
        this.caseRef = caseRef;
        this.event = event;
        this.occurredAt = at;
        this.principalId = who.principalId();
        this.username = who.username();
        this.detail = detail;
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    public CaseEventType event() {
        return event;
    }

    public String principalId() {
        return principalId;
    }

    public String username() {
        return username;
    }

    public String detail() {
        return detail;
    }
}
