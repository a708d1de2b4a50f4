package se.samverkan.cases.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import se.samverkan.cases.CaseDraft;
import se.samverkan.cases.CaseType;
import se.samverkan.cases.PatientDraft;
import se.samverkan.escalation.Decision;
import se.samverkan.patient.rest.PatientRequest;
import se.samverkan.platform.rest.PlainText;

/** The bodies the case endpoints accept, checked at the boundary. */
public final class CaseRequests {

    private CaseRequests() {}

    /** {@code POST /api/cases}. */
    public record FileCase(
            @NotNull CaseType type,
            @NotNull @PastOrPresent OffsetDateTime occurredAt,
            @NotBlank @Size(max = 64) String concernedPrincipalId,
            @NotBlank @Size(max = 32) String areaCode,
            @NotBlank @Size(max = 200) @PlainText String summary,
            @NotBlank @Size(max = 10_000) @PlainText String description,
            @Size(max = 10_000) @PlainText String immediateActions,
            @NotNull @Min(1) @Max(4) Integer consequence,
            @NotNull @Min(1) @Max(4) Integer likelihood,
            Boolean seriousEvent,
            Boolean purchasedService,
            @Valid PatientRequest patient) {

        PatientDraft patientDraft() {
            return patient == null ? null : patient.toDraft();
        }

        CaseDraft toDraft() {
            return new CaseDraft(
                    type,
                    occurredAt,
                    concernedPrincipalId,
                    areaCode,
                    summary,
                    description,
                    immediateActions,
                    consequence,
                    likelihood,
                    Boolean.TRUE.equals(seriousEvent),
                    Boolean.TRUE.equals(purchasedService));
        }
    }

    public record Forwarding(
            @NotBlank @Size(max = 64) String toPrincipalId,
            @NotBlank @Size(max = 1000) @PlainText String reason) {}

    public record Measure(@NotBlank @Size(max = 2000) @PlainText String description) {}

    public record Answer(
            @NotBlank @Size(max = 10_000) @PlainText String summary,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid Measure> measures) {}

    public record Assessment(
            @NotNull @Min(1) @Max(4) Integer consequence,
            @NotNull @Min(1) @Max(4) Integer likelihood) {}

    public record DeadlineExtension(
            @NotNull se.samverkan.cases.Case.Clock clock,
            @NotNull OffsetDateTime until,
            @NotBlank @Size(max = 1000) @PlainText String agreement) {}

    public record Return(@NotBlank @Size(max = 2000) @PlainText String reason) {}

    /** Raising to the joint forum: why, and a short subject for the forum's register. */
    public record ForumRaising(
            @NotNull se.samverkan.forum.MatterKind kind,
            @NotBlank @Size(max = 200) @PlainText String subject) {}

    public record Comment(@NotBlank @Size(max = 10_000) @PlainText String text) {}

    public record EscalationAcknowledgement(
            @NotNull Decision decision, @Size(max = 100) @PlainText String ivoReference) {}
}
