package se.samverkan.cases;

import java.time.OffsetDateTime;

/** One historical case of an import, checked for form at the boundary. */
public record ImportedCase(
        String externalId,
        String reportingPrincipalId,
        CaseDraft draft,
        OffsetDateTime submittedAt,
        OffsetDateTime answerDue,
        OffsetDateTime acknowledgedAt,
        OffsetDateTime answeredAt,
        OffsetDateTime closedAt,
        boolean forwarded) {}
