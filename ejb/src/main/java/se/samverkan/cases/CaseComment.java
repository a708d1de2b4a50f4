package se.samverkan.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** A message in the dialogue between the two parties of a case. */
@Entity
@Table(name = "case_comment")
public class CaseComment {

    @Id
    @SequenceGenerator(
            name = "case_comment_seq",
            sequenceName = "case_comment_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_comment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", updatable = false)
    private Case caseRef;

    @Column(name = "written_at", nullable = false, updatable = false)
    private OffsetDateTime writtenAt;

    @Column(name = "principal_id", nullable = false, updatable = false)
    private String principalId;

    @Column(name = "username", nullable = false, updatable = false)
    private String username;

    @Column(name = "body", nullable = false, updatable = false)
    private String text;

    protected CaseComment() {
        // for JPA
    }

    CaseComment(Case caseRef, String text, Caller author, OffsetDateTime at) {
        this.caseRef = caseRef;
        this.text = text;
        this.principalId = author.principalId();
        this.username = author.username();
        this.writtenAt = at;
    }

    public Long id() {
        return id;
    }

    public OffsetDateTime writtenAt() {
        return writtenAt;
    }

    public String principalId() {
        return principalId;
    }

    public String username() {
        return username;
    }

    public String text() {
        return text;
    }
}
