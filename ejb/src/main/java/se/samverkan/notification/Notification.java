package se.samverkan.notification;

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

/**
 * One e-mail in the outbox: written in the transaction of the change that causes it, sent after it.
 * Its content is fixed when it is written (what was true then); its delivery state changes.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @SequenceGenerator(
            name = "notification_seq",
            sequenceName = "notification_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @Column(name = "delivery_key", nullable = false, updatable = false)
    private String deliveryKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private NotificationKind kind;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(name = "case_number", updatable = false)
    private String caseNumber;

    @Column(name = "principal_id", nullable = false, updatable = false)
    private String principalId;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience", nullable = false, updatable = false)
    private Audience audience;

    @Column(name = "recipient", nullable = false, updatable = false)
    private String recipient;

    @Column(name = "subject", nullable = false, updatable = false)
    private String subject;

    @Column(name = "text_body", nullable = false, updatable = false)
    private String textBody;

    @Column(name = "html_body", nullable = false, updatable = false)
    private String htmlBody;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private OffsetDateTime nextAttemptAt;

    @Column(name = "claimed_until")
    private OffsetDateTime claimedUntil;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(name = "last_error")
    private String lastError;

    protected Notification() {}

    public Notification(
            String deliveryKey,
            NotificationKind kind,
            Long caseId,
            String caseNumber,
            String principalId,
            Audience audience,
            String recipient,
            Mails.Mail mail,
            OffsetDateTime createdAt) {
        this.deliveryKey = Objects.requireNonNull(deliveryKey);
        this.kind = Objects.requireNonNull(kind);
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.principalId = Objects.requireNonNull(principalId);
        this.audience = Objects.requireNonNull(audience);
        this.recipient = Objects.requireNonNull(recipient);
        this.subject = mail.subject();
        this.textBody = mail.text();
        this.htmlBody = mail.html();
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    /** A failed attempt: try again after a back-off that doubles from 10 s up to an hour. */
    void failed(String error, OffsetDateTime now) {
        attempts++;
        long seconds = Math.min(3600, 10L << Math.min(attempts - 1, 20));
        nextAttemptAt = now.plusSeconds(seconds);
        claimedUntil = null;
        lastError = error == null ? "unknown" : error.substring(0, Math.min(500, error.length()));
    }

    void sent(OffsetDateTime now) {
        attempts++;
        sentAt = now;
        claimedUntil = null;
        lastError = null;
    }

    public Long id() {
        return id;
    }

    public String deliveryKey() {
        return deliveryKey;
    }

    public NotificationKind kind() {
        return kind;
    }

    public Long caseId() {
        return caseId;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String principalId() {
        return principalId;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String textBody() {
        return textBody;
    }

    public String htmlBody() {
        return htmlBody;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime sentAt() {
        return sentAt;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }
}
