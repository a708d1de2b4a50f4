package se.samverkan.cases;

import java.util.Objects;
import se.samverkan.patient.LegalGround;
import se.samverkan.patient.PersonalIdentityNumber;

/** The patient section of a filing: a valid number and the legal ground for recording it. */
public record PatientDraft(PersonalIdentityNumber number, LegalGround legalGround, String note) {

    public PatientDraft {
        Objects.requireNonNull(number);
        Objects.requireNonNull(legalGround);
    }

    @Override
    public String toString() {
        return "PatientDraft[redacted, " + legalGround + "]";
    }
}
