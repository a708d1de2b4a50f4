package se.samverkan.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import se.samverkan.access.Caller;

/** The contact taken with a medical officer about one serious case, and their decision. */
@Entity
@Table(name = "escalation")
public class Escalation {

    @Id
    @SequenceGenerator(
            name = "escalation_seq",
            sequenceName = "escalation_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "escalation_seq")
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    /** The routed-to principal, whose officer is contacted. */
    @Column(name = "principal_id", nullable = false)
    private String principalId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "acknowledged_at")
    private OffsetDateTime acknowledgedAt;

    @Column(name = "acknowledged_by")
    private String acknowledgedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision")
    private Decision decision;

    @Column(name = "ivo_reference")
    private String ivoReference;

    protected Escalation() {
        // for JPA
    }

    public Escalation(Long caseId, String principalId, OffsetDateTime createdAt) {
        this.caseId = Objects.requireNonNull(caseId);
        this.principalId = Objects.requireNonNull(principalId);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /**
     * The officer has seen it and records the decision so far; a later decision (after the
     * assessment) replaces it, the first acknowledgement time stays.
     */
    public void acknowledge(
            Decision decision, String ivoReference, Caller officer, OffsetDateTime now) {
        this.decision = Objects.requireNonNull(decision);
        this.ivoReference = ivoReference;
        this.acknowledgedBy = officer.username();
        if (acknowledgedAt == null) {
            acknowledgedAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public Long caseId() {
        return caseId;
    }

    public String principalId() {
        return principalId;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime acknowledgedAt() {
        return acknowledgedAt;
    }

    public Decision decision() {
        return decision;
    }

    public String ivoReference() {
        return ivoReference;
    }
}
