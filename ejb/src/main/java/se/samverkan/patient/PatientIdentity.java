package se.samverkan.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Who the patient of a case is, apart from the case's narrative, with the legal ground for
 * recording it. Written once with the case; never changed by the application.
 */
@Entity
@Table(name = "case_patient")
public class PatientIdentity {

    @Id
    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "personal_identity_number", nullable = false, updatable = false)
    private String personalIdentityNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_ground", nullable = false, updatable = false)
    private LegalGround legalGround;

    @Column(name = "note", updatable = false)
    private String note;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    protected PatientIdentity() {}

    public PatientIdentity(
            long caseId,
            PersonalIdentityNumber number,
            LegalGround legalGround,
            String note,
            OffsetDateTime recordedAt,
            String recordedBy) {
        this.caseId = caseId;
        this.personalIdentityNumber = number.digits();
        this.legalGround = Objects.requireNonNull(legalGround);
        this.note = note;
        this.recordedAt = Objects.requireNonNull(recordedAt);
        this.recordedBy = Objects.requireNonNull(recordedBy);
    }

    public long caseId() {
        return caseId;
    }

    public PersonalIdentityNumber number() {
        return new PersonalIdentityNumber(personalIdentityNumber);
    }

    public LegalGround legalGround() {
        return legalGround;
    }

    public String note() {
        return note;
    }

    @Override
    public String toString() {
        return "PatientIdentity[case " + caseId + ", redacted]";
    }
}
