package se.samverkan.patient.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.ZoneId;
import se.samverkan.cases.PatientDraft;
import se.samverkan.patient.LegalGround;
import se.samverkan.patient.PersonalIdentityNumber;
import se.samverkan.platform.rest.PlainText;

/** The optional patient section of a filing; a number that is not valid is a 400. */
public record PatientRequest(
        @NotBlank @Size(max = 16) @IdentityNumber String personalIdentityNumber,
        @NotNull LegalGround legalGround,
        @Size(max = 1000) @PlainText String note) {

    public PatientDraft toDraft() {
        return new PatientDraft(
                PersonalIdentityNumber.parse(
                                personalIdentityNumber,
                                LocalDate.now(ZoneId.of("Europe/Stockholm")))
                        .orElseThrow(),
                legalGround,
                note == null || note.isBlank() ? null : note.strip());
    }

    /** Never the number: a request logged by accident must not carry it. */
    @Override
    public String toString() {
        return "PatientRequest[redacted, " + legalGround + "]";
    }
}
