package se.samverkan.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** A filing's {@code Idempotency-Key}, per user: the case it made and the body it came with. */
@Entity
@Table(name = "idempotency_key")
@IdClass(IdempotencyKey.Key.class)
public class IdempotencyKey {

    @Id
    @Column(name = "username")
    private String username;

    @Id
    @Column(name = "request_key")
    private String requestKey;

    @Column(name = "request_hash", nullable = false)
    private String requestHash;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected IdempotencyKey() {
        // for JPA
    }

    IdempotencyKey(
            String username,
            String requestKey,
            String requestHash,
            Long caseId,
            OffsetDateTime createdAt) {
        this.username = username;
        this.requestKey = requestKey;
        this.requestHash = requestHash;
        this.caseId = caseId;
        this.createdAt = createdAt;
    }

    boolean sameRequest(String hash) {
        return requestHash.equals(hash);
    }

    Long caseId() {
        return caseId;
    }

    /** The composite key. */
    public record Key(String username, String requestKey) implements Serializable {}
}
