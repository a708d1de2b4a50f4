package se.samverkan.patient;

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

/**
 * One response that showed a patient's identity: who, when, from which principal, which case and
 * what they did. Every column is insert-only; there is no method that changes an entry.
 */
@Entity
@Table(name = "access_log")
public class AccessLogEntry {

    @Id
    @SequenceGenerator(
            name = "access_log_seq",
            sequenceName = "access_log_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "access_log_seq")
    private Long id;

    @Column(name = "accessed_at", nullable = false, updatable = false)
    private OffsetDateTime at;

    @Column(name = "username", nullable = false, updatable = false)
    private String username;

    @Column(name = "principal_id", nullable = false, updatable = false)
    private String principalId;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false)
    private AccessAction action;

    protected AccessLogEntry() {}

    public AccessLogEntry(
            OffsetDateTime at,
            String username,
            String principalId,
            long caseId,
            AccessAction action) {
        this.at = at;
        this.username = username;
        this.principalId = principalId;
        this.caseId = caseId;
        this.action = action;
    }

    public long id() {
        return id;
    }

    public OffsetDateTime at() {
        return at;
    }

    public String username() {
        return username;
    }

    public String principalId() {
        return principalId;
    }

    public long caseId() {
        return caseId;
    }

    public AccessAction action() {
        return action;
    }
}
