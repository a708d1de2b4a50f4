package se.samverkan.patient.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import se.samverkan.patient.LegalGround;
import se.samverkan.patient.PatientIdentity;

/** The patient of a case, for those who may see it (the access log has a line for each). */
@JsonbPropertyOrder({"personalIdentityNumber", "legalGround", "note"})
public record PatientView(String personalIdentityNumber, LegalGround legalGround, String note) {

    public static PatientView of(PatientIdentity patient) {
        return new PatientView(patient.number().formatted(), patient.legalGround(), patient.note());
    }

    @Override
    public String toString() {
        return "PatientView[redacted]";
    }
}
