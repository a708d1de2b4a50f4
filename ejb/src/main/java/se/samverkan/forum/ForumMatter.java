package se.samverkan.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/** One line of the forum's register: a case raised to the forum, its owner and status. */
@Entity
@Table(name = "forum_matter")
public class ForumMatter {

    @Id
    @SequenceGenerator(
            name = "forum_matter_seq",
            sequenceName = "forum_matter_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_matter_seq")
    private Long id;

    @Version private int version;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private MatterKind kind;

    @Column(name = "subject", nullable = false, updatable = false)
    private String subject;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private OffsetDateTime raisedAt;

    @Column(name = "raised_by_principal_id", nullable = false, updatable = false)
    private String raisedByPrincipalId;

    @Column(name = "owner_principal_id")
    private String ownerPrincipalId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private MatterStatus status;

    @Column(name = "status_note")
    private String statusNote;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected ForumMatter() {
        // for JPA
    }

    ForumMatter(
            Long caseId,
            MatterKind kind,
            String subject,
            String raisedByPrincipalId,
            OffsetDateTime raisedAt) {
        this.caseId = Objects.requireNonNull(caseId);
        this.kind = Objects.requireNonNull(kind);
        this.subject = Objects.requireNonNull(subject);
        this.raisedByPrincipalId = Objects.requireNonNull(raisedByPrincipalId);
        this.raisedAt = Objects.requireNonNull(raisedAt);
        this.updatedAt = raisedAt;
        this.status = MatterStatus.RAISED;
    }

    /** The forum's decision on who owns the matter and where it stands; null owner: none yet. */
    void update(String owner, MatterStatus status, String note, OffsetDateTime now) {
        this.ownerPrincipalId = owner;
        this.status = Objects.requireNonNull(status);
        this.statusNote = note;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public Long caseId() {
        return caseId;
    }

    public MatterKind kind() {
        return kind;
    }

    public String subject() {
        return subject;
    }

    public OffsetDateTime raisedAt() {
        return raisedAt;
    }

    public String raisedByPrincipalId() {
        return raisedByPrincipalId;
    }

    public Optional<String> ownerPrincipalId() {
        return Optional.ofNullable(ownerPrincipalId);
    }

    public MatterStatus status() {
        return status;
    }

    public Optional<String> statusNote() {
        return Optional.ofNullable(statusNote);
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
