package se.samverkan.followup;

import java.time.Instant;

/**
 * What the follow-up reads of one case: times, parties, area and severity; never narrative, patient
 * or staff. {@code answeredAt} and {@code closedAt} may be null.
 */
public record CaseRow(
        long id,
        Instant submittedAt,
        String type,
        String reportingPrincipalId,
        String reportingKind,
        String concernedPrincipalId,
        String concernedKind,
        String areaCode,
        int consequence,
        boolean serious,
        Instant answerDue,
        Instant answeredAt,
        Instant closedAt,
        boolean forwarded) {}
